package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Span;

/**
 * Finds "a Memorandum of Understanding (MOU) between A, B, and C for …": the agreement's kind, its
 * party names (as spans) and its purpose. Recognition uses the parties; interpretation the whole.
 */
public final class AgreementParties {
    /** One agreement phrase: its kind as written ("Memorandum of Understanding", "MOU"), party spans, purpose span. */
    public record Found(Span phrase, String kindPhrase, String acronym, List<Span> parties, Span purpose) {}

    private static final Pattern AGREEMENT = Pattern.compile(
            "\\b(Memorandum of Understanding|Memoranda of Understanding|Memorandum of Cooperation|Memorandum of Co-operation"
                    + "|Letter of Intent|Declaration of Intent|MOU|MoU|MOC|MoC|LOI|LoI|[Aa]rrangement|[Aa]greement)"
                    + "(?:\\s*\\(([A-Za-z]{2,5})\\))?(?:\\s+(?:on|for)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|of))*)?(?:\\s+(?:was\\s+)?(?:signed|concluded|agreed|entered into)(?:\\s+(?:on|in)\\s+[^,;()]{3,25}?)?)?\\s+between\\s+");
    /** "A, B and C signed a Memorandum of Cooperation (MOC) on …": the parties come first. */
    private static final Pattern SIGNED_BY_SUBJECT = Pattern.compile(
            "^(.+?)\\s+(?:have\\s+|has\\s+)?(?:signed|concluded|exchanged)\\s+(?:a|an|the)\\s+(Memorandum of Understanding|Memorandum of Cooperation"
                    + "|Memorandum of Co-operation|Letter of Intent|Declaration of Intent|MOU|MoU|MOC|MoC|LOI|LoI|[Aa]rrangement|[Aa]greement)"
                    + "(?:\\s*\\(([A-Za-z]{2,5})\\))?");
    private static final Pattern PURPOSE = Pattern.compile("\\s+(?:for|to|on|in order to|aimed at|regarding|concerning|that will|which will)\\s+(?=[a-z])");

    private static final Pattern WHEN = Pattern.compile("\\s+(?:in|on)\\s+(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)");

    private AgreementParties() {}

    public static List<Found> find(String text, Span sentence) {
        List<Found> out = new ArrayList<>();
        String s = sentence.of(text);
        Matcher m = AGREEMENT.matcher(s);
        while (m.find()) {
            int partiesStart = m.end();
            int stop = stopAt(s, partiesStart);
            Matcher p = PURPOSE.matcher(s).region(partiesStart, stop);
            int partiesEnd = p.find() ? p.start() : stop;
            Span purpose = null;
            if (partiesEnd < stop) {
                int pb = p.end();
                int pe = stop;
                while (pe > pb && (Character.isWhitespace(s.charAt(pe - 1)) || ",;.".indexOf(s.charAt(pe - 1)) >= 0)) pe--;
                if (pe > pb) purpose = new Span(sentence.begin() + pb, sentence.begin() + pe);
            }
            addIfTwoParties(out, s, sentence, m.start(), partiesStart, partiesEnd, purpose, m.group(1), m.group(2));
        }
        Matcher first = SIGNED_BY_SUBJECT.matcher(s);
        if (out.isEmpty() && first.find()) {
            int stop = stopAt(s, first.end());
            Matcher p = PURPOSE.matcher(s).region(first.end(), stop);
            Span purpose = null;
            if (p.find() && p.start() == first.end()) {
                int pe = stop;
                while (pe > p.end() && (Character.isWhitespace(s.charAt(pe - 1)) || ",;.".indexOf(s.charAt(pe - 1)) >= 0)) pe--;
                if (pe > p.end()) purpose = new Span(sentence.begin() + p.end(), sentence.begin() + pe);
            }
            addIfTwoParties(out, s, sentence, 0, 0, first.end(1), purpose, first.group(2), first.group(3));
        }
        return out;
    }

    private static void addIfTwoParties(List<Found> out, String s, Span sentence, int phraseStart, int partiesStart, int partiesEnd,
                                        Span purpose, String kindPhrase, String acronym) {
        {
            List<Span> parties = splitParties(s, partiesStart, partiesEnd, sentence.begin());
            if (parties.size() >= 2) {
                int phraseEnd = purpose != null ? purpose.end() : sentence.begin() + partiesEnd;
                out.add(new Found(new Span(sentence.begin() + phraseStart, phraseEnd), kindPhrase, acronym, parties, purpose));
            }
        }
    }

    /** An agreement phrase ends at "[P]", ";", or the end of the sentence. */
    private static int stopAt(String s, int from) {
        int end = s.length();
        for (String stop : new String[] {"[P]", ";", ". "}) {
            int k = s.indexOf(stop, from);
            if (k >= 0 && k < end) end = k;
        }
        if (end == s.length() && s.endsWith(".")) end--;
        return end;
    }

    /**
     * Splits "the A, the B (X/Y), and C" at top-level commas and "and", dropping articles. When commas or
     * "and the" separate the parties, a bare "and" belongs to a name ("… Computer Science and Automation").
     */
    private static List<Span> splitParties(String s, int from, int to, int offset) {
        List<Span> parts = new ArrayList<>();
        boolean strongOnly = hasStrongSeparator(s, from, to);
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == ',' || s.startsWith(" and ", i) && (!strongOnly || isStrongAnd(s, i)))) {
                addPart(s, start, i, offset, parts);
                start = c == ',' ? i + 1 : i + 5;
                if (c == ',' && s.startsWith(" and ", i + 1)) { start = i + 6; i += 4; }
            }
        }
        addPart(s, start, to, offset, parts);
        return parts;
    }

    private static boolean hasStrongSeparator(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == ',' || s.startsWith(" and ", i) && isStrongAnd(s, i))) return true;
        }
        return false;
    }

    /** "… and the B" or "(ACR) and B": an "and" that starts a new party. */
    private static boolean isStrongAnd(String s, int i) {
        return s.startsWith(" and the ", i) || i > 0 && s.charAt(i - 1) == ')';
    }

    private static void addPart(String s, int b, int e, int offset, List<Span> parts) {
        while (b < e && Character.isWhitespace(s.charAt(b))) b++;
        if (s.startsWith("the ", b) || s.startsWith("The ", b)) b += 4;
        java.util.regex.Matcher when = WHEN.matcher(s).region(b, e);
        if (when.find()) e = when.start(); // "… and J-AISI in March 2026": the date is not part of the name
        int paren = s.indexOf(" (", b);
        if (paren >= 0 && paren < e) e = paren; // "National Institute of Informatics (NII/ROIS)": the name without its acronym
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) e--;
        if (e > b && Character.isUpperCase(s.charAt(b))) parts.add(new Span(offset + b, offset + e));
    }
}
