package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;

/**
 * Lists of who signed or endorsed a statement: list items after a lead-in such as "Endorsing countries:"
 * or "Signatories:", and inline lists such as "The countries represented were: A, B and C."
 */
public final class SignatoryLists {
    /** A lead-in that introduces the makers of the statement. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)\\b(endors\\w*|signator\\w*|signed|signing|represented|adher\\w*|subscrib\\w*|supported by|participating|participants|joined by|list of (countries|parties|members))\\b");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+\u2022][ \\t]+)?(?:\\(?(?:\\d{1,3}|[a-z])[.)][ \\t]+)?");
    private static final Pattern ITEM_PREFIX = Pattern.compile("[ \\t]*([-*+\u2022][ \\t]+)?(\\(?(\\d{1,3}|[a-z])[.)][ \\t]*)?");
    private static final int MAX_ITEM_WORDS = 8;

    /** One list: its lead-in sentence, the item spans (names only) and whether the lead-in speaks of countries. */
    public record Found(int leadIn, List<Span> items, boolean countries) {}

    private SignatoryLists() {}

    public static List<Found> find(Document doc) {
        List<Found> out = new ArrayList<>();
        List<Sentence> ss = doc.sentences();
        String text = doc.text();
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            Matcher lead = LEAD_IN.matcher(s.text());
            if (!lead.find()) continue;
            boolean countries = s.text().toLowerCase(java.util.Locale.ROOT).contains("countr");
            int colon = s.text().indexOf(':');
            if (colon >= 0 && colon < s.text().length() - 1 && colon > lead.start()) { // inline: "… were: A, B and C."
                out.add(new Found(s.number(), List.of(new Span(s.span().begin() + colon + 1, s.span().end())), countries));
                continue;
            }
            if (!s.text().endsWith(":")) continue;
            List<Span> items = new ArrayList<>();
            int j = i + 1;
            while (j < ss.size() && isItem(text, ss.get(j))) items.add(name(text, ss.get(j++).span()));
            if (items.size() >= 2) out.add(new Found(s.number(), items, countries));
            i = j - 1;
        }
        return out;
    }

    /** A short list item with no sentence of its own: "- 12. Canada", "1. Canada", "* Canada". */
    private static boolean isItem(String text, Sentence s) {
        int lineStart = text.lastIndexOf('\n', s.span().begin() - 1) + 1;
        String before = text.substring(lineStart, s.span().begin());
        if (before.isBlank() || !ITEM_PREFIX.matcher(before).matches()) return false;
        String t = s.text().strip();
        return t.split("\\s+").length <= MAX_ITEM_WORDS && !t.endsWith(":");
    }

    /** The item's name without its list marker or closing punctuation. */
    private static Span name(String text, Span item) {
        String t = item.of(text);
        Matcher m = LIST_MARKER.matcher(t);
        int b = item.begin() + (m.find() ? m.end() : 0);
        int e = item.end();
        while (e > b && ";,.".indexOf(text.charAt(e - 1)) >= 0) e--;
        return new Span(b, e);
    }
}
