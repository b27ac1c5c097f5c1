package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Span;

/**
 * Splits "the Department for X of the United Kingdom … and the Ministry of Y of the Republic of Korea"
 * into its bodies, each without the "of Country" that says whose body it is.
 */
public final class CoordinatedBodies {
    private CoordinatedBodies() {}

    public static List<Candidate> split(String text, List<Token> tokens, Candidate c, List<Span> countries) {
        int from = indexAt(tokens, c.span().begin());
        int to = indexAt(tokens, c.span().end() - 1) + 1;
        if (from < 0 || to <= from) return List.of(c);
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i < to - 2; i++) {
            if (!tokens.get(i).text().equals("and")) continue;
            int j = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
            if (j + 1 < to && isBodyHead(tokens.get(j)) && Lexicon.PREPOSITIONS.contains(tokens.get(j + 1).text()) && hasHead(tokens, start, i)) {
                parts.add(new int[] {start, i});
                start = j;
            }
        }
        parts.add(new int[] {start, to});
        List<Candidate> out = new ArrayList<>();
        for (int[] p : parts) {
            int end = withoutCountry(tokens, p[0], p[1], countries);
            if (end - p[0] < 2) continue;
            Span span = new Span(tokens.get(p[0]).begin(), tokens.get(end - 1).end());
            Kind kind = parts.size() == 1 ? c.kind() : headKind(tokens, p[0], end, c.kind());
            out.add(new Candidate(span, TypedPhrases.clean(span.of(text)), kind, c.acronym(), c.sentence()));
        }
        return out.isEmpty() ? List.of(c) : out;
    }

    /** The end of the body's own name: before "of [the] Country" when a country name follows. */
    private static int withoutCountry(List<Token> tokens, int from, int to, List<Span> countries) {
        for (int i = from + 2; i < to - 1; i++) {
            if (!tokens.get(i).text().equals("of")) continue;
            int k = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
            if (k >= to) continue;
            int begin = tokens.get(k).begin();
            if (countries.stream().anyMatch(s -> s.begin() == begin) && hasHead(tokens, from, i)) return i;
        }
        return to;
    }

    private static boolean isBodyHead(Token t) {
        Kind k = Lexicon.get().headKind(t.text());
        return k == Kind.ORGANIZATION || k == Kind.FORUM;
    }

    private static boolean hasHead(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (isBodyHead(tokens.get(i))) return true;
        return false;
    }

    private static Kind headKind(List<Token> tokens, int from, int to, Kind fallback) {
        for (int i = from; i < to; i++) {
            Kind k = Lexicon.get().headKind(tokens.get(i).text());
            if (k != null) return k;
        }
        return fallback;
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).begin() <= offset && offset < tokens.get(i).end()) return i;
        return -1;
    }
}
