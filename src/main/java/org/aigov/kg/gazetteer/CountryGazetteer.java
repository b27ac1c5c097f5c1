package org.aigov.kg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes data/gazetteer/countries.ttl: every UN member and observer state, named by the JDK's CLDR data
 * (en, ja, hi) and by gazetteer/un-members.tsv for what CLDR lacks (official names, aliases, demonyms, Wikidata ids).
 *
 * <pre>java -jar target/aigov-kg.jar gazetteer countries --out data/gazetteer/countries.ttl</pre>
 */
public final class CountryGazetteer {
    public static final String RESOURCE = "/gazetteer/un-members.tsv";

    private static final String HEADER = """
            # Countries: every UN member and observer state, names in English, Japanese and Hindi, and Wikidata ids.
            # Generated, do not edit: `aigov gazetteer countries --out data/gazetteer/countries.ttl` writes it from the
            # JDK's CLDR locale names and src/main/resources/gazetteer/un-members.tsv (edit that, then regenerate).
            @prefix aigo: <https://w3id.org/aigov/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix country: <https://w3id.org/aigov/id/country/> .
            """;

    private CountryGazetteer() {}

    /** The states listed in the bundled TSV, in slug order. */
    public static List<UnMember> members() {
        List<UnMember> out = new ArrayList<>();
        try (InputStream in = CountryGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(UnMember.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(UnMember::slug));
        return out;
    }

    /** The whole Turtle file; the same JDK gives the same bytes. */
    public static String turtle() {
        StringBuilder sb = new StringBuilder(HEADER);
        for (UnMember m : members()) sb.append('\n').append(entry(m));
        return sb.toString();
    }

    static String entry(UnMember m) {
        Locale ja = UnMember.JA, hi = UnMember.HI;
        String en = m.label(Locale.ENGLISH);
        StringBuilder sb = new StringBuilder("country:").append(m.slug()).append(" a aigo:Country ;\n");
        sb.append("  rdfs:label ").append(lit(en, "en")).append(" , ").append(lit(m.label(ja), "ja"))
                .append(" , ").append(lit(m.label(hi), "hi"));
        List<String> alt = new ArrayList<>();
        for (String a : englishAltLabels(m, en)) alt.add(lit(a, "en"));
        if (!m.cldr(ja).equals(m.label(ja))) alt.add(lit(m.cldr(ja), "ja"));
        if (!m.cldr(hi).equals(m.label(hi))) alt.add(lit(m.cldr(hi), "hi"));
        if (!alt.isEmpty()) sb.append(" ;\n  skos:altLabel ").append(String.join(" , ", alt));
        if (!m.demonyms().isEmpty()) {
            sb.append(" ;\n  aigo:demonym ").append(String.join(" , ", m.demonyms().stream().map(d -> lit(d, "en")).toList()));
        }
        if (!m.wikidata().isEmpty()) sb.append(" ;\n  skos:exactMatch wd:").append(m.wikidata());
        return sb.append(" .\n").toString();
    }

    /** Official name, aliases, CLDR's own short name where the row overrides it, and "Government of …". */
    private static Set<String> englishAltLabels(UnMember m, String label) {
        Set<String> alt = new LinkedHashSet<>();
        if (!m.official().isEmpty()) alt.add(m.official());
        alt.addAll(m.aliases());
        alt.add(m.cldr(Locale.ENGLISH));
        alt.add("Government of " + (m.takesThe() ? "the " : "") + label);
        alt.remove(label);
        return alt;
    }

    private static String lit(String text, String lang) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@" + lang;
    }
}
