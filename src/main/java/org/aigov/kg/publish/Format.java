package org.aigov.kg.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The representations a linked-data resource has: their ?format names and media types. */
public enum Format {
    TURTLE("ttl", "text/turtle"),
    HTML("html", "text/html"),
    JSONLD("jsonld", "application/ld+json"),
    RDFXML("rdf", "application/rdf+xml"),
    NTRIPLES("nt", "application/n-triples");

    private final String param;
    private final String mediaType;

    Format(String param, String mediaType) {
        this.param = param;
        this.mediaType = mediaType;
    }

    public String param() { return param; }
    public String mediaType() { return mediaType; }
    public boolean isRdf() { return this != HTML; }

    /** The value to send as Content-Type. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The format named by a ?format value, if it is one of ttl, html, jsonld, rdf, nt. */
    public static Optional<Format> ofParam(String value) {
        return Arrays.stream(values()).filter(f -> f.param.equals(value)).findFirst();
    }

    /** Every ?format value, for error messages. */
    public static String paramList() {
        return String.join(", ", Arrays.stream(values()).map(Format::param).toList());
    }

    /** Media types we answer, in our order of preference for ties (Turtle first: data clients send * / *). */
    private static final List<String> OFFERED = List.of(
            "text/turtle", "text/html", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "application/xhtml+xml", "application/json");

    /** The format an Accept header asks for, or empty when it accepts none of ours (→ 406). */
    public static Optional<Format> negotiate(String acceptHeader, boolean htmlAvailable) {
        List<String> offered = new ArrayList<>(OFFERED);
        if (!htmlAvailable) offered.removeIf(t -> t.contains("html"));
        return AcceptHeader.parse(acceptHeader).bestMediaType(offered).map(Format::ofMediaType);
    }

    private static Format ofMediaType(String type) {
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/rdf+xml" -> RDFXML;
            case "application/n-triples" -> NTRIPLES;
            default -> TURTLE;
        };
    }

    /** Every media type we can serve, for the 406 message. */
    public static List<String> offeredTypes() { return OFFERED; }
}
