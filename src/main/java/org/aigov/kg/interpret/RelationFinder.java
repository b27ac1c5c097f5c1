package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.NodeFactory;

/** Reads relations between entities: co-chaired by, promoted by ("India's MAHASAGAR"), established at, prepared by. */
public final class RelationFinder {
    private static final Pattern CO_CHAIRED = Pattern.compile("\\b(?:co-chaired|co-led|co-chaired|co-hosted)\\s+by\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\s+(?:(?:own|updated|new|flagship|national)\\s+)?[\"\u201C'\u2018]?$");
    private static final Pattern ESTABLISHED = Pattern.compile("\\b(?:established|announced|adopted|formulated|prepared|launched|created|set up|endorsed|unveiled)\\s+(?:during|at)\\s+(?:the\\s+)?$");
    private static final Pattern PREPARED_BY = Pattern.compile("\\b(?:prepared|developed|drafted|produced)\\b[^.;,]*?\\bby\\s+(?:the\\s+)?$");

    private RelationFinder() {}

    public static List<Fact> find(Document doc, Recognition rec) {
        List<Fact> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Mention> ms = rec.inSentence(s.number());
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                String before = text.substring(s.span().begin(), m.span().begin());
                // "India's MAHASAGAR", "Japan's updated "Free and Open Indo-Pacific (FOIP)""
                if ((m.entity().kind() == Kind.FRAMEWORK || m.entity().kind() == Kind.INITIATIVE) && i > 0) {
                    Mention owner = ms.get(i - 1);
                    if (owner.entity().kind() == Kind.COUNTRY
                            && POSSESSIVE.matcher(text.substring(owner.span().end(), m.span().begin()).replaceAll("\\s+", " ")).find()) {
                        out.add(fact(m, AIGO.promotedBy.getURI(), owner, s));
                    }
                }
                if (m.entity().kind() == Kind.EVENT && ESTABLISHED.matcher(before).find()) {
                    Mention subject = subjectBefore(ms, i);
                    if (subject != null) out.add(fact(subject, AIGO.establishedAt.getURI(), m, s));
                }
                if (m.entity().kind().isActor() && PREPARED_BY.matcher(before).find()) {
                    Mention subject = subjectBefore(ms, i);
                    if (subject != null && subject.entity().kind() != Kind.EVENT) out.add(fact(subject, AIGO.preparedBy.getURI(), m, s));
                }
            }
            Matcher c = CO_CHAIRED.matcher(s.text());
            while (c.find()) {
                int at = s.span().begin() + c.start();
                int after = s.span().begin() + c.end();
                Mention body = null;
                for (Mention m : ms) {
                    Kind k = m.entity().kind();
                    if (m.span().end() <= at && (k == Kind.FORUM || k == Kind.ORGANIZATION || k == Kind.EVENT || k == Kind.INITIATIVE)) body = m;
                }
                if (body == null) continue;
                for (Mention m : ms) {
                    if (m.span().begin() < after) continue;
                    String gap = text.substring(after, m.span().begin());
                    if (!gap.matches("[\\s,]*(?:and\\s+|the\\s+|and\\s+the\\s+)*")) break;
                    if (m.entity().kind().isActor()) out.add(fact(body, AIGO.coChairedBy.getURI(), m, s));
                    after = m.span().end();
                }
            }
        }
        return out;
    }

    /** The nearest entity named before mention i that is not an event and not an actor of the same phrase. */
    private static Mention subjectBefore(List<Mention> ms, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Kind kind = ms.get(k).entity().kind();
            if (kind == Kind.FRAMEWORK || kind == Kind.INITIATIVE || kind == Kind.FORUM || kind == Kind.ORGANIZATION) return ms.get(k);
        }
        return null;
    }

    private static Fact fact(Mention subject, String property, Mention object, Sentence s) {
        return new Fact(subject.entity().iri(), property, NodeFactory.createURI(object.entity().iri()), s.number());
    }
}
