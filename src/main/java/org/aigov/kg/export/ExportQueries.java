package org.aigov.kg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/** Loads export queries: bundled ones by name (src/main/resources/export/NAME.rq), analysts' queries/NAME.rq, or a file. */
public final class ExportQueries {
    /** Bundled queries a user may name with {@code --query}. */
    public static final List<String> BUNDLED = List.of("default", "forums", "frameworks", "agreements");

    private ExportQueries() {}

    /** The text of a bundled query; a missing one is a packaging bug. */
    public static String bundled(String name) {
        String text = bundledOrNull(name);
        if (text == null) throw new IllegalStateException("missing resource /export/" + name + ".rq");
        return text;
    }

    private static String bundledOrNull(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) return null;
        try (InputStream in = ExportQueries.class.getResourceAsStream("/export/" + name + ".rq")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves what the user gave to {@code --query}: an existing file or a name ending in .rq
     * is a file; otherwise a bundled export name, then an analysts' query bundled from queries/NAME.rq.
     */
    public static ExportQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) return fromFile(file);
        String text = bundledOrNull(nameOrFile);
        if (text != null) return parse("export/" + nameOrFile + ".rq", text);
        Path analysts = org.aigov.kg.bundle.Bundled.queries().resolve(nameOrFile + ".rq");
        if (Files.isRegularFile(analysts)) return fromFile(analysts);
        throw new BadInputException("--query", "no query named '" + nameOrFile + "': give a .rq file or one of "
                + String.join(", ", BUNDLED) + " (or a name in queries/)");
    }

    static ExportQuery fromFile(Path file) {
        if (!Files.isRegularFile(file)) throw new BadInputException(file, "query file not found");
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read query: " + e.getMessage());
        }
    }

    /** Parses and checks the query's shape: CONSTRUCT, or SELECT with ?source ?relation ?target. */
    public static ExportQuery parse(String location, String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? location + ":" + e.getLine() : location;
            throw new BadInputException(where, "not a SPARQL query: " + firstLine(e.getMessage()));
        }
        if (query.isSelectType()) {
            List<String> vars = query.getResultVars();
            for (String needed : List.of("source", "relation", "target")) {
                if (!vars.contains(needed)) {
                    throw new BadInputException(location, "a SELECT export query must return ?source ?relation ?target (missing ?" + needed + ")");
                }
            }
        } else if (!query.isConstructType()) {
            throw new BadInputException(location, "an export query must be CONSTRUCT or SELECT ?source ?relation ?target");
        }
        return new ExportQuery(location, query);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A parsed export query and where it came from. */
    public record ExportQuery(String location, Query query) {}
}
