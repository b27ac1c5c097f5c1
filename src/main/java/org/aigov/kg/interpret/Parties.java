package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.SignatoryLists;
import org.aigov.kg.read.Document;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.NameIndex;
import org.aigov.kg.recognise.PersonNames;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.recognise.Token;
import org.aigov.kg.recognise.Tokenizer;
import org.aigov.kg.vocab.Iris;

/** Works out a statement's parties, its signatories and whom each signatory represents. */
public final class Parties {
    private static final Set<String> HEAD_TITLES = Set.of("Prime Minister", "President", "Chancellor", "Premier", "King", "Queen", "Emperor");

    private Parties() {}

    private static final Pattern DEFINED = Pattern.compile(
            "(?i)\\(?\\s*(?:hereinafter|hereafter|together|collectively|jointly)?(?:\\s+(?:referred to|jointly referred to|collectively referred to|called))?(?:\\s+as)?,?\\s*[\"“‘']+(?:the\\s+)?(participants|parties|sides|signatories|partners)[\"”’']+");
    private static final Pattern REPRESENTING = Pattern.compile("(?i)\\b(representing|on behalf of)\\b");
    private static final Pattern WE_THE = Pattern.compile("^\\s*We,\\s+(?:the\\s+)?([^,;]+)");
    private static final Pattern CHAIR = Pattern.compile("(?i)\\bchair'?s?[’']?s?\\s+(summary|statement)|statement by the chair|summary by the chair");
    private static final int OPENING_SENTENCES = 3;
    private static final Pattern FIRST_VERB = Pattern.compile("\\b(have|has|are|is|will|shall|reaffirm\\w*|affirm\\w*|agree\\w*|decide\\w*|welcome\\w*|recogni[sz]\\w*|underline\\w*|commit\\w*|express\\w*|declare\\w*|adopt\\w*|issue\\w*|sign\\w*|note\\w*|held|met)\\b");
    private static final Pattern CHAIRED = Pattern.compile("(?i)\\b(as chair\\b[^,]*,|hosted by|chaired by)\\s*");

    /**
     * Front matter first; else what the text says of its makers, in this order: a signatory or endorser
     * list, the first-person opening ("We, leaders representing A, B …", "We, the G7 … Ministers"), a
     * definition ("A and B (hereinafter 'the Participants')"), the countries in the title, the named subject
     * of an opening sentence ("India and France …"), and the chair of a chair's summary. None when the text names none.
     */
    public static List<Entity> of(Document doc, Recognition rec, Iris iris) {
        List<Entity> out = new ArrayList<>();
        for (String name : doc.meta().parties()) {
            Entity e = rec.lookup(name);
            out.add(e != null ? e : new Entity(iris.entity(Kind.COUNTRY.segment(), name), Kind.COUNTRY, name, null, false, 0));
        }
        if (!out.isEmpty()) return distinct(out);
        for (List<Entity> found : List.of(signatoryList(doc, rec), opening(doc, rec), defined(doc, rec))) {
            if (!found.isEmpty()) return distinct(found);
        }
        out.addAll(countriesIn(doc.title(), rec.names()));
        if (out.size() >= 2) return distinct(out);
        List<Entity> subject = namedSubject(doc, rec);
        if (!subject.isEmpty()) return subject;
        return chair(doc, rec);
    }

    private static List<Entity> signatoryList(Document doc, Recognition rec) {
        List<Entity> out = new ArrayList<>();
        for (SignatoryLists.Found list : SignatoryLists.find(doc)) {
            for (Span item : list.items()) {
                for (Mention m : rec.mentions()) if (item.contains(m.span()) && isParty(m.entity())) out.add(m.entity());
            }
        }
        return out;
    }

    /** "We, world leaders representing A, B; and industry leaders of …" or "We, the G7 Digital and Tech Ministers, …". */
    private static List<Entity> opening(Document doc, Recognition rec) {
        String text = doc.text();
        for (Sentence s : doc.sentences().subList(0, Math.min(OPENING_SENTENCES, doc.sentences().size()))) {
            Matcher rep = REPRESENTING.matcher(s.text());
            if (rep.find()) {
                int from = s.span().begin() + rep.end();
                int semi = s.text().indexOf(';', rep.end());
                int to = semi >= 0 ? s.span().begin() + semi : s.span().end();
                List<Entity> out = governmental(rec, s.number(), new Span(from, to));
                if (!out.isEmpty()) return out;
            }
            Matcher we = WE_THE.matcher(s.text());
            if (we.find()) {
                Span group = new Span(s.span().begin() + we.start(1), s.span().begin() + we.end(1));
                List<Entity> whole = whole(rec, s.number(), group, text);
                if (!whole.isEmpty()) return whole;
                List<Entity> out = governmental(rec, s.number(), group);
                if (!out.isEmpty()) return out;
            }
        }
        return List.of();
    }

    /** "Canada and the European Union (hereinafter referred to as "the Participants")": the actors named before it. */
    private static List<Entity> defined(Document doc, Recognition rec) {
        for (Sentence s : doc.sentences()) {
            Matcher m = DEFINED.matcher(s.text());
            if (!m.find()) continue;
            int end = s.span().begin() + m.start();
            int begin = s.span().begin();
            int semi = s.text().lastIndexOf(';', m.start());
            if (semi >= 0) begin += semi + 1;
            Span np = new Span(begin, end);
            List<Entity> bodies = new ArrayList<>();
            List<Entity> states = new ArrayList<>();
            for (Mention men : rec.inSentence(s.number())) {
                if (!np.contains(men.span()) || !isParty(men.entity())) continue;
                (men.entity().kind() == Kind.ORGANIZATION ? bodies : states).add(men.entity());
            }
            if (!bodies.isEmpty() && bodies.size() >= states.size()) return distinct(bodies); // ministries sign for their countries
            if (!states.isEmpty()) return distinct(states);
        }
        return List.of();
    }

    /** "India and France …", "The governments of the United Kingdom and Canada …": two or more actors before the first verb. */
    private static List<Entity> namedSubject(Document doc, Recognition rec) {
        for (Sentence s : doc.sentences().subList(0, Math.min(OPENING_SENTENCES, doc.sentences().size()))) {
            String t = s.text();
            Matcher verb = FIRST_VERB.matcher(t);
            if (!verb.find() || t.substring(0, verb.start()).contains(",")) continue;
            Span subject = new Span(s.span().begin(), s.span().begin() + verb.start());
            List<Entity> out = governmental(rec, s.number(), subject);
            if (out.size() >= 2) return out;
        }
        return List.of();
    }

    /** A chair's summary has one author: the country that chairs or hosts. */
    private static List<Entity> chair(Document doc, Recognition rec) {
        String head = doc.title() + " " + doc.text().substring(0, Math.min(doc.text().length(), 2000));
        if (!CHAIR.matcher(head).find()) return List.of();
        for (Sentence s : doc.sentences()) {
            Matcher m = CHAIRED.matcher(s.text());
            if (!m.find()) continue;
            for (Mention men : rec.inSentence(s.number())) {
                if (men.span().begin() >= s.span().begin() + m.end() - 1 && men.entity().kind() == Kind.COUNTRY) return List.of(men.entity());
            }
        }
        return List.of();
    }

    /** Countries and forums (the EU, the G7) named inside {@code span}. */
    private static List<Entity> governmental(Recognition rec, int sentence, Span span) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : rec.inSentence(sentence)) {
            Kind k = m.entity().kind();
            if (span.contains(m.span()) && (k == Kind.COUNTRY || k == Kind.FORUM)) out.add(m.entity());
        }
        return distinct(out);
    }

    /** The one actor whose mention covers the group's whole name ("the G7 Digital and Tech Ministers"). */
    private static List<Entity> whole(Recognition rec, int sentence, Span group, String text) {
        String name = group.of(text).strip();
        for (Mention m : rec.inSentence(sentence)) {
            if (group.contains(m.span()) && m.span().of(text).strip().equals(name) && m.entity().kind().isActor()) return List.of(m.entity());
        }
        return List.of();
    }

    private static boolean isParty(Entity e) { return e.kind().isActor() && e.kind() != Kind.PERSON; }

    private static List<Entity> countriesIn(String text, NameIndex names) {
        List<Entity> out = new ArrayList<>();
        List<Token> toks = Tokenizer.tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            NameIndex.Match m = names.longestAt(toks, i);
            if (m == null) continue;
            if (m.entity().kind() == Kind.COUNTRY) out.add(m.entity());
            i += m.length() - 1;
        }
        return out;
    }

    private static List<Entity> distinct(List<Entity> l) { return l.stream().distinct().toList(); }

    /** Heads of state or government named in the text, each with the party they represent (by "of X", else by elimination). */
    public static Map<Entity, Entity> signatories(Document doc, Recognition rec, List<Entity> parties) {
        Map<Entity, Entity> represents = new LinkedHashMap<>();
        List<Entity> unresolved = new ArrayList<>();
        for (PersonNames.Person p : rec.persons()) {
            if (!HEAD_TITLES.contains(p.title())) continue;
            Entity person = rec.lookup(p.name());
            if (person == null || represents.containsKey(person) || unresolved.contains(person)) continue;
            Entity country = p.ofSpan() == null ? null : rec.lookup(p.ofSpan().of(doc.text()).replaceFirst("^the ", ""));
            if (country != null && country.kind() == Kind.COUNTRY) represents.put(person, country);
            else unresolved.add(person);
        }
        for (Entity person : unresolved) {
            List<Entity> left = parties.stream().filter(c -> !represents.containsValue(c)).toList();
            if (left.size() == 1) represents.put(person, left.get(0)); // the one party no one else speaks for
        }
        return represents;
    }
}
