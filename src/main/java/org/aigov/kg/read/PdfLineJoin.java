package org.aigov.kg.read;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph laid out in a PDF, undoing hyphenation at line ends: "deploy-" + "ment"
 * is "deployment", unless the document's own words show the hyphen belongs ("long-term", "co-creation").
 */
final class PdfLineJoin {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Pattern LEFT = Pattern.compile("(\\p{L}+)[-\u2010\u00AD]$");
    private static final Pattern RIGHT = Pattern.compile("^(\\p{L}+)");

    private final Set<String> words = new HashSet<>();

    /** Learns the vocabulary of the document: every word and hyphenated compound not split at a line end. */
    PdfLineJoin(List<PdfLine> lines) {
        for (PdfLine l : lines) {
            String t = l.text();
            if (LEFT.matcher(t).find()) t = t.substring(0, t.lastIndexOf(' ') + 1); // the split fragment is no word
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                words.add(w);
                for (String part : w.split("-")) words.add(part);
            }
        }
    }

    /** {@code text} followed by the next line of the same paragraph. */
    String join(String text, String next) {
        if (text.isEmpty()) return next;
        Matcher left = LEFT.matcher(text);
        Matcher right = RIGHT.matcher(next);
        if (!left.find() || !right.find()) return text + " " + next;
        char hyphen = text.charAt(text.length() - 1);
        String stem = text.substring(0, text.length() - 1);
        if (hyphen == '\u00AD') return stem + next; // a soft hyphen is only ever a line break
        if (!Character.isLowerCase(next.charAt(0))) return text + next; // "Japan-" + "India": a compound of names
        String a = left.group(1).toLowerCase(Locale.ROOT);
        String b = right.group(1).toLowerCase(Locale.ROOT);
        if (words.contains(a + b)) return stem + next;
        if (words.contains(a + "-" + b) || words.contains(a) && words.contains(b)) return text + next;
        return stem + next;
    }
}
