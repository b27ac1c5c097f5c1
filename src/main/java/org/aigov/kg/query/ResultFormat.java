package org.aigov.kg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aigov.kg.BadInputException;

/** The output formats of {@code aigov query}: tables of rows, and RDF syntaxes for graphs. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, TURTLE, JSONLD, NTRIPLES;

    /** The format named on the command line (case-insensitive; "json-ld", "nt" and "ttl" are accepted too). */
    public static ResultFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "ttl" -> TURTLE;
            case "nt" -> NTRIPLES;
            default -> Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(n)).findFirst()
                    .orElseThrow(() -> new BadInputException("--format", "unknown format '" + name + "'; use one of "
                            + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        };
    }
}
