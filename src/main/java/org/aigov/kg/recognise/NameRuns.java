package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;

/** Finds runs of capitalised words joined by connectors ("Network of AI for Science") in a token list. */
public final class NameRuns {
    /** Token index range [from, to) of one run. */
    public record Run(int from, int to) {
        public int size() { return to - from; }
    }

    private NameRuns() {}

    public static List<Run> find(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i))) { i++; continue; }
            int end = extend(tokens, i);
            runs.add(new Run(i, end));
            i = end;
        }
        return runs;
    }

    static boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !Lexicon.NOT_NAMES.contains(t.text()) && !Lexicon.CALENDAR.contains(t.text());
    }

    private static boolean continuesName(Token t) {
        return t.isWord() && (t.isCapitalised() || t.isAllCaps()) && !isMonthOrDay(t);
    }

    private static boolean isMonthOrDay(Token t) {
        return Lexicon.CALENDAR.contains(t.text());
    }

    private static int extend(List<Token> tokens, int start) {
        int end = start + 1;
        boolean sawPreposition = false;
        boolean sawList = false;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (continuesName(t) || (t.isNumber() && t.text().length() == 4 && end > start)) { end++; continue; }
            int next = skipConnectors(tokens, end, sawPreposition && sawList);
            if (next > end && next < tokens.size() && continuesName(tokens.get(next))) {
                for (int k = end; k < next; k++) sawPreposition |= Lexicon.PREPOSITIONS.contains(tokens.get(k).text());
                end = next;
                continue;
            }
            if (sawPreposition && t.text().equals(",")) { // "Principles on Resilient, Innovative, and Efficient AI"
                int k = end + 1;
                if (k < tokens.size() && tokens.get(k).text().equals("and")) k++;
                if (k < tokens.size() && continuesName(tokens.get(k))) { end = k; sawList = true; continue; }
            }
            break;
        }
        return end;
    }

    /** Skips up to two connector tokens ("for the", "'", "-"); "the" only after a preposition, or "and the" closing a list. */
    private static int skipConnectors(List<Token> tokens, int at, boolean inList) {
        int k = at;
        int count = 0;
        while (k < tokens.size() && count < 2) {
            String w = tokens.get(k).exact();
            if (!Lexicon.CONNECTORS.contains(w)) break;
            boolean afterPreposition = k > at && Lexicon.PREPOSITIONS.contains(tokens.get(k - 1).text());
            boolean closingList = inList && k > at && tokens.get(k - 1).text().equals("and");
            if (w.equals("the") && !afterPreposition && !closingList) break; // "in the Age of AI", "Rights, Democracy and the Rule of Law"
            k++;
            count++;
        }
        return k;
    }
}
