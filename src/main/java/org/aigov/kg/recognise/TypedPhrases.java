package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Span;

/** Discovers entities named by Title Case phrases and typed by their head noun ("FOIP Digital Corridor Initiative"). */
public final class TypedPhrases {
    private TypedPhrases() {}

    public static List<Candidate> find(String text, List<Token> tokens, int sentence) {
        List<Candidate> out = new ArrayList<>();
        for (NameRuns.Run run : NameRuns.find(tokens)) {
            for (NameRuns.Run part : splitCoordinated(tokens, run)) {
                Candidate c = typed(text, tokens, part, sentence);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** "X Group and Partners Community" names two things when the part before "and" already ends in a head noun. */
    static List<NameRuns.Run> splitCoordinated(List<Token> tokens, NameRuns.Run run) {
        for (int i = run.from() + 1; i < run.to() - 1; i++) {
            String w = tokens.get(i).text();
            if ((w.equals("and") || w.equals("&")) && Lexicon.get().headKind(tokens.get(i - 1).text()) != null
                    && !hasPreposition(tokens, run.from(), i)) {
                List<NameRuns.Run> parts = new ArrayList<>();
                parts.add(new NameRuns.Run(run.from(), i));
                parts.addAll(splitCoordinated(tokens, new NameRuns.Run(i + 1, run.to())));
                return parts;
            }
        }
        return List.of(run);
    }

    private static boolean hasPreposition(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (Lexicon.PREPOSITIONS.contains(tokens.get(i).text())) return true;
        return false;
    }

    /** The head is the noun before the first preposition ("Institute of …"), else the last head noun of the run. */
    static Candidate typed(String text, List<Token> tokens, NameRuns.Run run, int sentence) {
        int from = run.from();
        int to = run.to();
        while (to > from && !tokens.get(to - 1).isWord()) to--;
        if (to - from < 2) return null; // a lone word is too weak a signal for a new entity
        for (int i = from + 1; i < to; i++) {
            if (Lexicon.PREPOSITIONS.contains(tokens.get(i).text())) {
                Kind k = Lexicon.get().headKind(tokens.get(i - 1).text());
                if (k != null && i + 1 < to) return candidate(text, tokens, from, to, k, sentence);
                break;
            }
        }
        for (int h = to - 1; h > from; h--) {
            Token t = tokens.get(h);
            Kind k = Lexicon.get().headKind(t.text());
            if (k == null) {
                if (t.isNumber()) continue; // "Action Plan 2026": the year follows the head
                if (h < to - 1) break;
                continue;
            }
            int end = h + 1;
            while (end < to && tokens.get(end).isNumber()) end++;
            return candidate(text, tokens, from, end, k, sentence);
        }
        return null;
    }

    private static Candidate candidate(String text, List<Token> tokens, int from, int to, Kind kind, int sentence) {
        Span span = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
        return new Candidate(span, clean(span.of(text)), kind, null, sentence);
    }

    /** A label: whitespace runs (line breaks included) become one space. */
    static String clean(String s) { return s.replaceAll("\\s+", " ").strip(); }
}
