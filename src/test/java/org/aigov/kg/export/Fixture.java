package org.aigov.kg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** The export fixture (src/test/resources/export/fixture.trig) as the loader would hand it over. */
public final class Fixture {
    private Fixture() {}

    /** A transactional in-memory dataset with an empty default graph, like the loader's. */
    public static Dataset dataset() {
        return load("/export/fixture.trig");
    }

    public static Dataset load(String resource) {
        Dataset ds = DatasetFactory.createTxnMem();
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            Txn.executeWrite(ds, () -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ds;
    }

    /** Every part a writer produces, by part name, as text. */
    public static Map<String, String> render(NetworkWriter writer, Network network) {
        Map<String, StringWriter> parts = new LinkedHashMap<>();
        try {
            writer.write(network, part -> parts.computeIfAbsent(part, k -> new StringWriter()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
