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
            boolean leading = (isOrdinalNumber(tokens.get(i)) || isYear(tokens.get(i))) && i + 1 < tokens.size() && startsName(tokens.get(i + 1));
            if (!startsName(tokens.get(i)) && !leading) { i++; continue; } // "3rd Global Forum …", "2025 World AI Conference"
            int end = extend(tokens, i);
            runs.add(new Run(i, end));
            i = end;
        }
        return runs;
    }

    static boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !Lexicon.NOT_NAMES.contains(t.text()) && !Lexicon.CALENDAR.contains(t.text())
                && !isOrdinalNumber(t);
    }

    private static boolean continuesName(Token t) {
        return t.isWord() && (t.isCapitalised() || t.isAllCaps()) && !isMonthOrDay(t) && !isOrdinalNumber(t);
    }

    private static boolean isYear(Token t) {
        String w = t.text();
        return w.length() == 4 && t.isNumber() && (w.startsWith("19") || w.startsWith("20"));
    }

    /** "21st", "3rd": a date or a count, not a code such as "G20". */
    static boolean isOrdinalNumber(Token t) {
        String w = t.text();
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) digits++;
        if (digits == 0 || w.length() != digits + 2) return false;
        String end = w.substring(digits);
        return end.equals("st") || end.equals("nd") || end.equals("rd") || end.equals("th");
    }

    /** "Co-operation", "Vice-President", "High-level": a word joined to the previous one by a hyphen, no spaces. */
    private static boolean hyphenJoined(List<Token> tokens, int dash) {
        if (dash < 1 || dash + 1 >= tokens.size()) return false;
        Token d = tokens.get(dash);
        return (d.exact().equals("-")) && tokens.get(dash - 1).end() == d.begin() && tokens.get(dash + 1).begin() == d.end()
                && tokens.get(dash + 1).isWord();
    }

    /** "'s" joined to a name and followed by more of it. */
    private static boolean possessive(List<Token> tokens, int quote) {
        return quote + 2 < tokens.size() && tokens.get(quote).exact().equals("'") && tokens.get(quote + 1).text().equals("s")
                && tokens.get(quote - 1).end() == tokens.get(quote).begin() && continuesName(tokens.get(quote + 2));
    }

    /** "(EU)" inside "Canada - European Union (EU) Digital Partnership Council": an acronym that a longer name carries. */
    private static boolean innerAcronym(List<Token> tokens, int open) {
        return open + 3 < tokens.size() && tokens.get(open).text().equals("(") && tokens.get(open + 1).isAllCaps()
                && tokens.get(open + 2).text().equals(")") && continuesName(tokens.get(open + 3));
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
            if (hyphenJoined(tokens, end)) { end += 2; continue; }
            if (possessive(tokens, end)) { end += 2; continue; } // "UN Secretary-General's High-level Advisory Body"
            if (innerAcronym(tokens, end)) { end += 3; continue; }
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

    /** True when a preposition joined the name before {@code at} ("Pact for People …"). */
    private static boolean sawPrepositionBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
            if (Lexicon.PREPOSITIONS.contains(tokens.get(k).text())) return true;
            if (!tokens.get(k).isWord()) return false;
        }
        return false;
    }

    /** Skips up to two connector tokens ("for the", "'", "-"); "the" only after a preposition, or "and the" closing a list. */
    private static int skipConnectors(List<Token> tokens, int at, boolean inList) {
        int k = at;
        int count = 0;
        while (k < tokens.size() && count < 2) {
            String w = tokens.get(k).exact();
            if (!Lexicon.CONNECTORS.contains(w)) break;
            boolean afterPreposition = k > at && Lexicon.PREPOSITIONS.contains(tokens.get(k - 1).text());
            boolean closingList = (inList || sawPrepositionBefore(tokens, at)) && k > at && tokens.get(k - 1).text().equals("and");
            if ((w.equals("the") || w.equals("a")) && !afterPreposition && !closingList) break; // "in the Age of AI", "Rights, Democracy and the Rule of Law"
            k++;
            count++;
        }
        return k;
    }
}
