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
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (continuesName(t) || (t.isNumber() && t.text().length() == 4 && end > start)) { end++; continue; }
            int next = skipConnectors(tokens, end, sawPreposition);
            if (next > end && next < tokens.size() && continuesName(tokens.get(next))) {
                for (int k = end; k < next; k++) sawPreposition |= Lexicon.PREPOSITIONS.contains(tokens.get(k).text());
                end = next;
                continue;
            }
            if (sawPreposition && t.text().equals(",")) { // "Principles on Resilient, Innovative, and Efficient AI"
                int k = end + 1;
                if (k < tokens.size() && tokens.get(k).text().equals("and")) k++;
                if (k < tokens.size() && continuesName(tokens.get(k))) { end = k; continue; }
            }
            break;
        }
        return end;
    }

    /** Skips up to two connector tokens ("for the", "'", "-"); "the" only after a preposition. */
    private static int skipConnectors(List<Token> tokens, int at, boolean sawPreposition) {
        int k = at;
        int count = 0;
        while (k < tokens.size() && count < 2) {
            String w = tokens.get(k).exact();
            if (!Lexicon.CONNECTORS.contains(w)) break;
            if (w.equals("the") && !(sawPreposition || (k > at && Lexicon.PREPOSITIONS.contains(tokens.get(k - 1).text())))) break;
            k++;
            count++;
        }
        return k;
    }
}
