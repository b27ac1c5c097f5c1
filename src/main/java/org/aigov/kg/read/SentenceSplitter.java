package org.aigov.kg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a paragraph's exact source range into sentence spans (abbreviation-aware, offsets kept). */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "approx", "cf", "art", "para", "paras", "fig", "hon", "h.e", "gov", "sr", "jr");

    private SentenceSplitter() {}

    public static List<Span> split(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        int start = paragraph.begin();
        int i = paragraph.begin();
        while (i < paragraph.end()) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, paragraph.end())) {
                int end = i + 1;
                while (end < paragraph.end() && isCloser(text.charAt(end))) end++;
                add(text, start, end, out);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, paragraph.end(), out);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '*';
    }

    private static boolean isBoundary(String text, int dot, int limit) {
        int j = dot + 1;
        while (j < limit && isCloser(text.charAt(j))) j++;
        if (j >= limit) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < limit && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= limit) return true;
        char next = text.charAt(j);
        boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C'
                || next == '\'' || next == '\u2018' || next == '[' || next == '(' || next == '*';
        if (!startsSentence) return false;
        return text.charAt(dot) != '.' || !endsWithAbbreviation(text, dot);
    }

    private static boolean endsWithAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') k--;
        String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial: "J. Smith"
        return ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= begin) return;
        String s = text.substring(begin, end);
        if (!s.matches("(?s).*\\p{L}{2,}.*")) return; // "[P]" markers and "*****" rules carry no words
        out.add(new Span(begin, end));
    }
}
