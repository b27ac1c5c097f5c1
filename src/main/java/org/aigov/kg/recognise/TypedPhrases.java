package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Span;

/** Discovers entities named by Title Case phrases and typed by their head noun ("FOIP Digital Corridor Initiative"). */
public final class TypedPhrases {
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "inaugural", "annual", "next");

    private TypedPhrases() {}

    public static List<Candidate> find(String text, List<Token> tokens, int sentence) {
        List<Candidate> out = new ArrayList<>();
        for (NameRuns.Run run : NameRuns.find(tokens)) {
            for (NameRuns.Run part : splitCoordinated(tokens, run)) {
                Candidate c = typed(text, tokens, part, sentence);
                boolean ordinal = part.from() > 0 && ORDINALS.contains(tokens.get(part.from() - 1).folded()) || NameRuns.isOrdinalNumber(tokens.get(part.from()));
                if (c != null && c.kind() == Kind.FORUM && ordinal) {
                    c = new Candidate(c.span(), c.name(), Kind.EVENT, c.acronym(), c.sentence()); // "the second Global Forum on …" is a meeting
                }
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** "X Group and Partners Community" names two things when the part before "and" already ends in a head noun. */
    static List<NameRuns.Run> splitCoordinated(List<Token> tokens, NameRuns.Run run) {
        for (int i = run.from() + 1; i < run.to() - 2; i++) {
            // "… Panel on AI and the Global Dialogue on …": "and the" starts a second name when that part has a head of its own
            if (tokens.get(i).text().equals("and") && tokens.get(i + 1).text().equals("the") && hasHead(tokens, i + 2, run.to())) {
                List<NameRuns.Run> parts = new ArrayList<>();
                parts.add(new NameRuns.Run(run.from(), i));
                parts.addAll(splitCoordinated(tokens, new NameRuns.Run(i + 2, run.to())));
                return parts;
            }
        }
        for (int i = run.from() + 1; i < run.to() - 1; i++) {
            String w = tokens.get(i).text();
            boolean loneHeadAfter = i + 2 == run.to() && Lexicon.get().headKind(tokens.get(i + 1).text()) != null; // "Platform and Incubator"
            if ((w.equals("and") || w.equals("&")) && Lexicon.get().headKind(tokens.get(i - 1).text()) != null
                    && !hasPreposition(tokens, run.from(), i) && !loneHeadAfter) {
                List<NameRuns.Run> parts = new ArrayList<>();
                parts.add(new NameRuns.Run(run.from(), i));
                parts.addAll(splitCoordinated(tokens, new NameRuns.Run(i + 1, run.to())));
                return parts;
            }
        }
        return List.of(run);
    }

    private static boolean hasHead(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (Lexicon.get().headKind(tokens.get(i).text()) != null) return true;
        return false;
    }

    private static boolean hasPreposition(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (Lexicon.PREPOSITIONS.contains(tokens.get(i).text())) return true;
        return false;
    }

    /**
     * The head is the last head noun that ends the run or is followed by a preposition ("Institute of …",
     * "Council of Europe Framework Convention on …"); a trailing "in Paris" names a place, not part of the name.
     */
    static Candidate typed(String text, List<Token> tokens, NameRuns.Run run, int sentence) {
        int from = run.from();
        int to = run.to();
        while (to > from && !tokens.get(to - 1).isWord()) to--;
        if (to - from >= 3 && (tokens.get(to - 2).text().equals("in") || tokens.get(to - 2).text().equals("at"))
                && !tokens.get(to - 1).isAllCaps() && Lexicon.get().headKind(tokens.get(to - 1).text()) == null) {
            to -= 2; // "Global AI Trust Summit in Paris", "… Dialogue on Trusted AI Infrastructure in Tokyo": a place, not the name
        }
        int office = afterOfficeTitle(tokens, from, to); // "Executive Vice-President of the European Commission" names the Commission
        boolean afterOffice = office != from;
        from = office;
        if (to - from < 2) return null; // a lone word is too weak a signal for a new entity
        int head = -1;
        for (int h = from + 1; h < to; h++) {
            if (Lexicon.get().headKind(tokens.get(h).text()) == null) continue;
            int next = h + 1;
            while (next < to && tokens.get(next).isNumber()) next++; // "Action Plan 2026": the year follows the head
            if (next == to || Lexicon.PREPOSITIONS.contains(tokens.get(next).text())) head = h;
        }
        if (head < 0 && Lexicon.get().headKind(tokens.get(from).text()) != null && from + 1 < to
                && Lexicon.PREPOSITIONS.contains(tokens.get(from + 1).text())) head = from; // "Network of AI for Science"
        if (head < 0) return null;
        boolean tail = false;
        for (int k = head + 1; k < to && !afterOffice; k++) tail |= Lexicon.PREPOSITIONS.contains(tokens.get(k).text()); // "… Commission for X": the office's portfolio
        if (!tail && lastWordIsHead(tokens, head, to)) from = afterGenericOf(tokens, from, head); // "the three Sutras of the India AI Impact Summit"
        int end = head + 1;
        if (tail) end = to;
        while (end < to && tokens.get(end).isNumber()) end++;
        return candidate(text, tokens, from, end, Lexicon.get().headKind(tokens.get(head).text()), sentence);
    }

    private static boolean lastWordIsHead(List<Token> tokens, int head, int to) {
        for (int k = head + 1; k < to; k++) if (!tokens.get(k).isNumber()) return false;
        return true;
    }

    /** Where a name ending in its head starts when "X of the" before it is not part of it (X no head noun). */
    private static int afterGenericOf(List<Token> tokens, int from, int head) {
        for (int i = head - 1; i > from; i--) {
            if (!tokens.get(i).text().equals("of") || !tokens.get(i + 1).text().equals("the")) continue; // "Point of Contact Group" keeps its "of"
            boolean headBefore = false;
            for (int k = from; k < i; k++) headBefore |= Lexicon.get().headKind(tokens.get(k).text()) != null;
            if (headBefore) return from;
            int start = i + 1;
            if (start < head && tokens.get(start).text().equals("the")) start++;
            return head - start >= 1 ? start : from;
        }
        return from;
    }

    private static final java.util.Set<String> OFFICES = java.util.Set.of("President", "Vice-President", "Minister", "Commissioner", "Secretary",
            "Chair", "Chairman", "Chairperson", "Director", "Ambassador", "Governor", "Chancellor", "Head", "Representative");

    /** Where the body named after "… President of the …" starts, or {@code from} when the run names no office. */
    private static int afterOfficeTitle(List<Token> tokens, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (tokens.get(i).text().equals("of")) {
                boolean office = false;
                for (int k = from; k < i; k++) office |= OFFICES.contains(tokens.get(k).text());
                if (!office) return from;
                int start = i + 1;
                if (start < to && tokens.get(start).text().equals("the")) start++;
                return start;
            }
        }
        return from;
    }

    private static Candidate candidate(String text, List<Token> tokens, int from, int to, Kind kind, int sentence) {
        Span span = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
        return new Candidate(span, clean(span.of(text)), kind, null, sentence);
    }

    /** A label: whitespace runs (line breaks included) become one space. */
    static String clean(String s) { return s.replaceAll("[\u201C\u201D\"]", "").replaceAll("\\s+", " ").strip(); }
}
