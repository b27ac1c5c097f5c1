package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;

/** Reads event dates ("held in April 2026"), ordinals ("the first …") and hosts ("Japan will host the …"). */
public final class EventFacts {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
            Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("inaugural", 1));
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:was\\s+|will\\s+be\\s+)?(?:held|convened|organi[sz]ed|hosted|taking place|to be held|scheduled|(?:co-)?chaired\\s+by\\s+[^,;.]{2,60}?|which\\s+[^,;.]{2,40}?\\s+(?:will\\s+)?host)\\s+)?"
            + "(?:in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+)?"
            + "(?:in|on|during)\\s+(?:(\\d{1,2})\\s+" + MONTH + "|" + MONTH + "(?:\\s+(\\d{1,2}),?)?)?\\s*(\\d{4})\\b");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|(\\d+)(?:st|nd|rd|th))\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_BEFORE = Pattern.compile("\\b(?:will|would|to|shall)\\s+host\\s+(?:the\\s+)?(?:(?:first|second|third|fourth|fifth|next|inaugural|\\d+(?:st|nd|rd|th))\\s+)?$|\\bhosted\\s+(?:the\\s+)?$|\\bhosts\\s+(?:the\\s+)?$"
            + "|['\u2019]s\\s+hosting\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern HOSTED_BY_AFTER = Pattern.compile("^\\s*,?\\s*(?:(?:to be\\s+|was\\s+)?hosted\\s+by\\s+(?:the\\s+)?|which\\s+(?:the\\s+)?)");
    private static final Pattern WILL_HOST = Pattern.compile("^\\s+(?:will\\s+|would\\s+)?host");

    private EventFacts() {}

    public static List<Fact> find(Document doc, Recognition rec) {
        List<Fact> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Mention> mentions = rec.inSentence(s.number());
            for (Mention m : mentions) {
                if (m.entity().kind() != Kind.EVENT) continue;
                String iri = m.entity().iri();
                String after = text.substring(m.span().end(), s.span().end());
                String before = text.substring(s.span().begin(), m.span().begin());
                Matcher d = DATE_AFTER.matcher(after);
                if (d.find()) out.add(new Fact(iri, AIGO.date.getURI(), date(d), s.number()));
                Matcher ord = ORDINAL_BEFORE.matcher(before);
                if (ord.find()) out.add(new Fact(iri, AIGO.ordinal.getURI(), NodeFactory.createLiteralDT(String.valueOf(ordinal(ord)), XSDDatatype.XSDinteger), s.number()));
                if (HOST_BEFORE.matcher(before).find()) {
                    Mention host = lastActorBefore(mentions, m);
                    if (host != null) out.add(new Fact(iri, AIGO.hostedBy.getURI(), NodeFactory.createURI(host.entity().iri()), s.number()));
                }
                Matcher hb = HOSTED_BY_AFTER.matcher(after);
                if (hb.find()) {
                    int at = m.span().end() + hb.end();
                    boolean relative = hb.group().contains("which");
                    mentions.stream().filter(x -> x.span().begin() == at && x.entity().kind().isActor())
                            .filter(x -> !relative || WILL_HOST.matcher(text.substring(x.span().end(), s.span().end())).find()) // "…, which Australia will host"
                            .findFirst()
                            .ifPresent(x -> out.add(new Fact(iri, AIGO.hostedBy.getURI(), NodeFactory.createURI(x.entity().iri()), s.number())));
                }
            }
        }
        return out;
    }

    private static Mention lastActorBefore(List<Mention> mentions, Mention event) {
        Mention best = null;
        for (Mention m : mentions) if (m.span().end() <= event.span().begin() && m.entity().kind().isActor()) best = m;
        return best;
    }

    private static int ordinal(Matcher m) {
        String w = m.group(1).toLowerCase();
        return m.group(2) != null ? Integer.parseInt(m.group(2)) : ORDINALS.get(w);
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the text. */
    private static org.apache.jena.graph.Node date(Matcher d) {
        String year = d.group(5);
        String month = d.group(2) != null ? d.group(2) : d.group(3);
        String day = d.group(1) != null ? d.group(1) : d.group(4);
        if (month == null) return NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear);
        String mm = String.format("%02d", MONTHS.get(month.toLowerCase()));
        if (day == null) return NodeFactory.createLiteralDT(year + "-" + mm, XSDDatatype.XSDgYearMonth);
        return NodeFactory.createLiteralDT(year + "-" + mm + "-" + String.format("%02d", Integer.parseInt(day)), XSDDatatype.XSDdate);
    }
}
