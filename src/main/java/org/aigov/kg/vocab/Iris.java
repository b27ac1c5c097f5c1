package org.aigov.kg.vocab;

import java.text.Normalizer;
import java.util.Locale;

/** Mints the stable resource IRIs of docs/MODEL.md under a configurable base. */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/aigov/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() { return new Iris(DEFAULT_BASE); }

    public String base() { return base; }

    /** {@code id:{kind}/{slug(name)}}, e.g. entity("forum", "OECD") → …/id/forum/oecd. */
    public String entity(String kind, String name) { return base + kind + "/" + slug(name); }

    public String statement(String slug) { return base + "statement/" + slug; }

    /** A resource local to a statement, e.g. local("s", "clause", 12) → …/statement/s/clause/12. */
    public String local(String statementSlug, String kind, Object number) {
        return statement(statementSlug) + "/" + kind + "/" + number;
    }

    public String text(String statementSlug) { return statement(statementSlug) + "/text"; }

    public String mention(String statementSlug, int begin, int end) {
        return statement(statementSlug) + "/mention/" + begin + "-" + end;
    }

    public static String graph(String statementSlug) { return AIGO.GRAPH + statementSlug; }

    /** Lower-case ASCII; accents folded; every other run of characters becomes one hyphen. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
