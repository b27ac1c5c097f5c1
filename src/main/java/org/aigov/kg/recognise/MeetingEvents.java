package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Span;

/**
 * Meetings a statement reports without naming them, labelled by what the text says of them:
 * "The first meeting of the X took place in Montréal … on December 8, 2025" → "First meeting of the X
 * (Montréal, 8 December 2025)"; "We, the G7 … Ministers, … met virtually on December 1st, 2023" →
 * "G7 … Ministers' virtual meeting of 1 December 2023".
 */
public final class MeetingEvents {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String DATE = "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))";
    private static final Pattern TOOK_PLACE = Pattern.compile(
            "(?i:the\\s+)?((?i:first|second|third|fourth|fifth|inaugural|\\d+(?:st|nd|rd|th))\\s+meeting\\s+of\\s+the\\s+([^.]+?))\\s+"
            + "(?:took place|was held|convened)\\s+in\\s+(\\p{Lu}[\\p{L}'-]+)[^.]*?\\s+on\\s+" + DATE);
    private static final Pattern MET = Pattern.compile(
            "^\\s*We,\\s+the\\s+([^,]+?),[^.]*?\\bmet\\s+(virtually|online|in\\s+\\p{Lu}[\\p{L}'-]+)\\s+on\\s+" + DATE);

    private MeetingEvents() {}

    public static List<Candidate> find(String text, Span sentence, int number) {
        List<Candidate> out = new ArrayList<>();
        String s = sentence.of(text);
        Matcher m = TOOK_PLACE.matcher(s);
        if (m.find()) {
            String body = m.group(2).replaceAll("\\s*\\([A-Z]{2,}\\)", "").replaceAll("\\s+", " ").strip();
            String ordinal = m.group(1).substring(0, 1).toUpperCase() + m.group(1).substring(1, m.group(1).indexOf(' '));
            String label = ordinal + " meeting of the " + body + " (" + m.group(3) + ", " + date(m, 4) + ")";
            int meeting = m.start(1) + m.group(1).indexOf("meeting") + "meeting".length();
            out.add(new Candidate(new Span(sentence.begin() + m.start(1), sentence.begin() + meeting), label, Kind.EVENT, null, number));
        }
        Matcher w = MET.matcher(s);
        if (w.find()) {
            String how = w.group(2).toLowerCase().startsWith("in") ? "meeting in " + w.group(2).substring(3).strip() : w.group(2).toLowerCase().replace("online", "virtual").replace("virtually", "virtual") + " meeting";
            String label = w.group(1).strip() + "' " + how + " of " + date(w, 3);
            int at = s.indexOf("met", w.start(2) - 10);
            out.add(new Candidate(new Span(sentence.begin() + at, sentence.begin() + w.end()), label, Kind.EVENT, null, number));
        }
        return out;
    }

    /** "8 December 2025" from either order of day and month, groups starting at {@code g}. */
    private static String date(Matcher m, int g) {
        if (m.group(g) != null) return Integer.parseInt(m.group(g)) + " " + m.group(g + 1) + " " + m.group(g + 2);
        return Integer.parseInt(m.group(g + 4)) + " " + m.group(g + 3) + " " + m.group(g + 5);
    }
}
