package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;

/** Finds quantified goals with a deadline: a number, what it counts, optional from/to, and "by YEAR". */
public final class TargetFinder {
    private static final Pattern TARGET = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s+(?:million|billion|thousand|lakh|crore))?\\s+"
                    + "((?:(?!by\\s+\\d{4})[^.;:\\d])+?)\\s*,?\\s+by\\s+(?:the\\s+end\\s+of\\s+)?(\\d{4})\\b");
    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+$");
    private static final Pattern TO = Pattern.compile("\\b(?:to|in)\\s+$");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}+");
    private static final Pattern SET_AT = Pattern.compile("\\b(?:set\\s+out|set|agreed|announced|adopted|launched)\\s+(?:at|during)\\s+(?:the\\s+)?$");

    private TargetFinder() {}

    public static List<Target> find(Document doc, Recognition rec) {
        List<Target> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            Matcher m = TARGET.matcher(s.text());
            while (m.find()) {
                long quantity = quantity(m.group(1), m.group(2));
                int year = Integer.parseInt(m.group(4));
                if (quantity <= 0 || looksLikeYear(m.group(1)) && m.group(2) == null) continue;
                Span span = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
                Span what = new Span(s.span().begin() + m.start(3), s.span().begin() + m.end(3));
                List<Mention> mentions = rec.inSentence(s.number());
                Entity from = null, to = null;
                for (Mention x : mentions) {
                    if (!what.contains(x.span()) || !x.entity().kind().isActor() && x.entity().kind() != Kind.REGION) continue;
                    String before = text.substring(what.begin(), x.span().begin());
                    if (from == null && FROM.matcher(before).find()) from = x.entity();
                    else if (to == null && TO.matcher(before).find()) to = x.entity();
                }
                if (from == null) { // "30,000 Indian students in France"
                    Matcher w = WORD.matcher(what.of(text));
                    while (from == null && w.find()) from = rec.demonyms().get(w.group());
                }
                Entity setAt = null;
                for (Mention x : mentions) {
                    if (x.entity().kind() != Kind.EVENT || x.span().end() > span.begin()) continue;
                    if (SET_AT.matcher(text.substring(s.span().begin(), x.span().begin())).find()) setAt = x.entity();
                }
                String description = span.of(text).replaceAll("\\s+", " ").strip();
                out.add(new Target(out.size() + 1, quantity, year, description, from, to, setAt, span, s.number()));
            }
        }
        return out;
    }

    private static boolean looksLikeYear(String n) {
        return n.matches("(19|20)\\d\\d");
    }

    private static long quantity(String number, String scale) {
        double n = Double.parseDouble(number.replace(",", ""));
        if (scale != null) {
            switch (scale.strip().toLowerCase()) {
                case "thousand" -> n *= 1_000;
                case "lakh" -> n *= 100_000;
                case "million" -> n *= 1_000_000;
                case "crore" -> n *= 10_000_000;
                case "billion" -> n *= 1_000_000_000;
                default -> { }
            }
        }
        return Math.round(n);
    }
}
