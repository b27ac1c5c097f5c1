package org.aigov.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * The analysts' named queries (queries/*.rq) as the load driver sends them, with their
 * parameters bound to benchmark values from query-params.properties ("name.param=value").
 */
public final class NamedQueries {
    static final String PARAMS = "/org/aigov/kg/bench/query-params.properties";

    private NamedQueries() {}

    /** Every .rq file of dir, sorted by name, parameters bound. */
    public static List<NamedQuery> load(Path dir) throws IOException {
        Properties params = params();
        List<NamedQuery> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(new NamedQuery(name, bind(name, Files.readString(f, StandardCharsets.UTF_8), params)));
            }
        }
        return out;
    }

    /** Binds each "name.param" value: an IRI when it looks like one, else a plain string. */
    static String bind(String name, String text, Properties params) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(text);
        String prefix = name + ".";
        for (String key : params.stringPropertyNames()) {
            if (!key.startsWith(prefix)) continue;
            String var = key.substring(prefix.length());
            String value = params.getProperty(key);
            if (value.startsWith("http://") || value.startsWith("https://")) q.setIri(var, value);
            else q.setLiteral(var, value);
        }
        return q.toString();
    }

    private static Properties params() {
        Properties p = new Properties();
        try (InputStream in = NamedQueries.class.getResourceAsStream(PARAMS)) {
            if (in != null) p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
