package org.aigov.kg.quality;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Folds names and quotes so that variants of case, accents, punctuation and spacing compare equal. */
final class Names {
    private Names() {}

    /** The comparison key of a name: "The Safe &amp; Trusted AI Working-Group" → "safeandtrustedaiworkinggroup". */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").strip();
        s = s.replaceFirst("^the\\s+", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            String k = key(n);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** True when some name of {@code a} has the same key as some name of {@code b}. */
    static boolean sameEntity(Collection<String> a, Collection<String> b) {
        Set<String> ka = keys(a);
        for (String k : keys(b)) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Running text for substring tests: typographic quotes folded, whitespace collapsed. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return t.replaceAll("\\s+", " ").strip();
    }

    /** A short display form of a set of names. */
    static String show(Collection<String> names) {
        // Latin-script names first: the report is read in English.
        List<String> sorted = names.stream()
                .sorted(Comparator.comparing((String n) -> !n.matches("[\\p{IsLatin}\\p{N}\\p{P}\\p{Z}\\p{S}]*")))
                .limit(3).toList();
        return names.isEmpty() ? "(unnamed)" : String.join(" | ", sorted);
    }
}
