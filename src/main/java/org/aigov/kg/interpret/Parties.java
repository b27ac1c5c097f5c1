package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Front matter first; else the countries in the title; else those in the first sentence. */
    public static List<Entity> of(Document doc, Recognition rec, Iris iris) {
        List<Entity> out = new ArrayList<>();
        for (String name : doc.meta().parties()) {
            Entity e = rec.lookup(name);
            out.add(e != null ? e : new Entity(iris.entity(Kind.COUNTRY.segment(), name), Kind.COUNTRY, name, null, false, 0));
        }
        if (!out.isEmpty()) return distinct(out);
        out.addAll(countriesIn(doc.title(), rec.names()));
        if (out.size() >= 2) return distinct(out);
        out.clear();
        for (Mention m : rec.inSentence(1)) if (m.entity().kind() == Kind.COUNTRY) out.add(m.entity());
        return distinct(out);
    }

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
