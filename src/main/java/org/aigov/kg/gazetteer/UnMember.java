package org.aigov.kg.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One row of un-members.tsv: a state's ISO code and slug, the names CLDR lacks, its demonyms and Wikidata id. */
public record UnMember(String code, String slug, boolean takesThe, String english, String japanese, String hindi,
                       String official, List<String> aliases, List<String> demonyms, String wikidata) {

    public static final Locale JA = Locale.forLanguageTag("ja");
    public static final Locale HI = Locale.forLanguageTag("hi");

    /** Parses a tab-separated row: code, slug, article, en, ja, hi, official, aliases, demonyms, wikidata. */
    public static UnMember parse(String line) {
        String[] f = Arrays.copyOf(line.split("\t", -1), 10);
        for (int i = 0; i < f.length; i++) f[i] = f[i] == null ? "" : f[i].strip();
        if (f[0].length() != 2 || f[1].isEmpty()) throw new IllegalArgumentException("not a member row: " + line);
        return new UnMember(f[0], f[1], f[2].equals("the"), f[3], f[4], f[5], f[6], list(f[7]), list(f[8]), f[9]);
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** CLDR's name of this state in a language, from the JDK's locale data. */
    public String cldr(Locale language) { return new Locale("", code).getDisplayCountry(language); }

    /** The label in a language: the row's own name where it has one, else CLDR's. */
    public String label(Locale language) {
        String own = language.equals(Locale.ENGLISH) ? english : language.equals(JA) ? japanese : hindi;
        return own.isEmpty() ? cldr(language) : own;
    }
}
