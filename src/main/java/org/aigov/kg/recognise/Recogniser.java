package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.vocab.Iris;

/**
 * Finds the entities a statement names: gazetteer names first, then entities the text introduces
 * (acronym definitions, people with titles, agreement parties, head-noun typed phrases), longest match wins.
 */
public final class Recogniser {
    private final Gazetteer gazetteer;
    private final Iris iris;
    private final NameIndex known;

    public Recogniser(Gazetteer gazetteer, Iris iris) {
        this.gazetteer = gazetteer;
        this.iris = iris;
        this.known = gazetteerIndex();
    }

    public Recognition recognise(Document doc) {
        String text = doc.text();
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) tokens.add(Tokenizer.tokenize(text, s.span().begin(), s.span().end()));

        NameIndex index = new NameIndex(known); // the gazetteer's names are indexed once, this statement's on top
        Map<String, Entity> discovered = new LinkedHashMap<>();
        List<Span> knownSpans = new ArrayList<>();
        List<Span> countrySpans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Mention m : match(index, tokens.get(i), i + 1)) {
                knownSpans.add(m.span());
                if (m.entity().kind() == Kind.COUNTRY) countrySpans.add(m.span());
            }
        }
        List<Span> personSpans = new ArrayList<>();
        List<Mention> meetings = new ArrayList<>();

        List<AgreementParties.Found> agreements = new ArrayList<>();
        List<PersonNames.Person> persons = new ArrayList<>();
        List<Span> partySpans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Sentence s = doc.sentences().get(i);
            List<Token> toks = tokens.get(i);
            for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text, toks, s.number())) {
                Entity existing = lookupWhole(index, text, d.nameSpan());
                if (existing == null) existing = lookupWhole(index, d.acronym());
                if (existing != null) {
                    index.addAcronym(d.acronym(), existing); // a later bare acronym resolves to what it defined
                    index.addName(d.name(), existing);
                } else if (d.kind() != null) {
                    register(index, discovered, new Entity(iris.entity(d.kind().segment(), d.name()), d.kind(), d.name(), d.acronym(), false, s.number()));
                }
            }
            for (PersonNames.Person p : PersonNames.find(text, toks, s.number(), name -> lookupWhole(index, name) != null)) {
                persons.add(p);
                personSpans.add(p.nameSpan());
                if (lookupWhole(index, text, p.nameSpan()) == null) {
                    register(index, discovered, new Entity(iris.entity(Kind.PERSON.segment(), p.name()), Kind.PERSON, p.name(), null, false, s.number()));
                }
            }
            for (AgreementParties.Found a : AgreementParties.find(text, s.span())) {
                agreements.add(a);
                for (Span party : a.parties()) {
                    partySpans.add(party);
                    if (lookupWhole(index, text, party) != null) continue;
                    String name = TypedPhrases.clean(party.of(text));
                    Candidate typed = TypedPhrases.typed(text, Tokenizer.tokenize(text, party.begin(), party.end()),
                            new NameRuns.Run(0, Tokenizer.tokenize(text, party.begin(), party.end()).size()), s.number());
                    Kind kind = typed != null && typed.kind() == Kind.FORUM ? Kind.FORUM : Kind.ORGANIZATION;
                    register(index, discovered, new Entity(iris.entity(kind.segment(), name), kind, name, null, false, s.number()));
                }
            }
            List<Candidate> found = new ArrayList<>();
            Candidate group = SpeakerGroups.find(text, s.span(), s.number());
            if (group != null) found.add(group);
            found.addAll(QuotedTitles.find(text, s.span(), s.number()));
            for (Candidate c : MeetingEvents.find(text, s.span(), s.number())) { // described, not named: mentioned where described
                Entity e = new Entity(iris.entity(c.kind().segment(), c.name()), c.kind(), c.name(), null, false, s.number());
                discovered.putIfAbsent(e.iri(), e);
                meetings.add(new Mention(c.span(), discovered.get(e.iri()), s.number()));
            }
            found.addAll(ListedOrganizations.find(text, toks, s.number()));
            for (Candidate c : TypedPhrases.find(text, toks, s.number())) {
                found.addAll(CoordinatedBodies.split(text, toks, withoutOwner(text, c, countrySpans), countrySpans));
            }
            List<Span> taken = new ArrayList<>();
            for (Candidate c : found) {
                if (covered(knownSpans, c.span()) || tiled(knownSpans, toks, c.span()) || overlaps(partySpans, c.span())
                        || overlaps(personSpans, c.span()) || overlaps(taken, c.span()) || lookupWhole(index, c.name()) != null) continue;
                taken.add(c.span());
                register(index, discovered, new Entity(iris.entity(c.kind().segment(), c.name()), c.kind(), c.name(), null, false, s.number()));
            }
        }

        for (SignatoryLists.Found list : SignatoryLists.find(doc)) {
            if (list.items().size() < 2) continue; // an inline list is split by the mention pass, its names must be known
            for (Span item : list.items()) {
                if (item.length() == 0 || lookupWhole(index, text, item) != null) continue;
                String name = TypedPhrases.clean(item.of(text));
                Kind head = Lexicon.get().headKind(name.substring(name.lastIndexOf(' ') + 1));
                Kind kind = head != null ? head : list.countries() ? Kind.COUNTRY : Kind.ORGANIZATION;
                register(index, discovered, new Entity(iris.entity(kind.segment(), name), kind, name, null, false, sentenceAt(doc, item)));
            }
        }

        List<Entity> titled = titleEntities(doc.title(), text.substring(doc.sentences().get(0).span().begin()), index, discovered);

        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Mention m : match(index, tokens.get(i), i + 1)) {
                mentions.add(m);
                entities.putIfAbsent(m.entity().iri(), m.entity());
            }
        }
        for (Mention m : meetings) {
            mentions.add(m);
            entities.putIfAbsent(m.entity().iri(), m.entity());
        }
        // text order, a longer name before the names nested in it (as the matching pass leaves them)
        mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> -m.span().end()));
        for (Entity e : titled) entities.putIfAbsent(e.iri(), e); // named by the title alone
        return new Recognition(List.copyOf(mentions), entities, List.copyOf(agreements), List.copyOf(persons), index, demonyms());
    }

    /**
     * What the title names besides the statement itself, when the text then refers to it by its head
     * ("UK-Republic of Korea Digital Partnership" … hereafter the "Partnership").
     */
    private List<Entity> titleEntities(String title, String body, NameIndex index, Map<String, Entity> discovered) {
        List<Entity> out = new ArrayList<>();
        if (title == null) return out;
        List<Token> toks = Tokenizer.tokenize(title);
        for (Candidate c : TypedPhrases.find(title, toks, 0)) {
            if (DOCUMENT_WORDS.matcher(c.name()).find()) continue; // the statement's own name
            String head = c.name().substring(c.name().lastIndexOf(' ') + 1);
            if (!java.util.regex.Pattern.compile("\\bthe\\s+[\"“‘']?" + java.util.regex.Pattern.quote(head) + "\\b").matcher(body).find()) continue;
            Entity known = lookupWhole(index, c.name());
            if (known != null) continue;
            Entity e = new Entity(iris.entity(c.kind().segment(), c.name()), c.kind(), c.name(), null, false, 0);
            register(index, discovered, e);
            out.add(discovered.get(e.iri()));
        }
        return out;
    }

    private static final java.util.regex.Pattern DOCUMENT_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(declaration|statement|communiqu[eé]|summary|chair'?s|joint)\\b");

    /** "Japan’s Act on …" names the Act; the country owns it ("UN Secretary-General’s … Body" keeps its owner, no country). */
    private static Candidate withoutOwner(String text, Candidate c, List<Span> countries) {
        for (Span country : countries) {
            if (country.begin() != c.span().begin() || country.end() + 2 >= c.span().end()) continue;
            String after = text.substring(country.end(), country.end() + 2);
            if (!after.equals("'s") && !after.equals("\u2019s")) continue;
            int begin = country.end() + 2;
            while (begin < c.span().end() && Character.isWhitespace(text.charAt(begin))) begin++;
            Span rest = new Span(begin, c.span().end());
            return new Candidate(rest, TypedPhrases.clean(rest.of(text)), c.kind(), c.acronym(), c.sentence());
        }
        return c;
    }

    private static int sentenceAt(Document doc, Span span) {
        for (Sentence s : doc.sentences()) if (s.span().contains(span)) return s.number();
        return 0;
    }

    /** "Indian" → India: how a target's "Indian students" names where they come from. */
    private Map<String, Entity> demonyms() {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Gazetteer.Entry e : gazetteer.entries()) for (String d : e.demonyms()) out.put(d, e.entity());
        return out;
    }

    private NameIndex gazetteerIndex() {
        NameIndex index = new NameIndex();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            for (String name : e.names()) {
                index.addName(name, e.entity());
                if (e.entity().kind() == Kind.EVENT) index.addName(name + "s", e.entity()); // "regular … Dialogues" name the series
                if (e.entity().kind() == Kind.PERSON) index.addName(surname(name), e.entity()); // "President Macron"
            }
            for (String a : e.acronyms()) index.addAcronym(a, e.entity());
        }
        return index;
    }

    private static void register(NameIndex index, Map<String, Entity> discovered, Entity e) {
        Entity prior = discovered.putIfAbsent(e.iri(), e);
        Entity entity = prior == null ? e : prior;
        index.addName(e.label(), entity);
        if (e.kind() == Kind.EVENT) index.addName(e.label() + "s", entity);
        if (e.kind() == Kind.PERSON) index.addName(surname(e.label()), entity);
        if (e.acronym() != null) index.addAcronym(e.acronym(), entity);
    }

    private static String surname(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    /** Longest, non-overlapping matches left to right; known forums and organisations named inside a longer name count too. */
    private List<Mention> match(NameIndex index, List<Token> tokens, int sentence) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameIndex.Match m = index.longestAt(tokens, i);
            if (m == null || !tokens.get(i).isWord()) { i++; continue; }
            Token first = tokens.get(i);
            Token last = tokens.get(i + m.length() - 1);
            out.add(new Mention(new Span(first.begin(), last.end()), m.entity(), sentence));
            if (!m.entity().known()) out.addAll(nestedBodies(tokens, i, i + m.length(), sentence));
            i += m.length();
        }
        return out;
    }

    /** "Council of Europe" inside "Council of Europe Framework Convention …": a body the longer name belongs to. */
    private List<Mention> nestedBodies(List<Token> tokens, int from, int to, int sentence) {
        List<Mention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            NameIndex.Match m = known.longestAt(tokens.subList(0, to), i);
            if (m == null) continue;
            Kind k = m.entity().kind();
            if (k != Kind.FORUM && k != Kind.ORGANIZATION) continue;
            out.add(new Mention(new Span(tokens.get(i).begin(), tokens.get(i + m.length() - 1).end()), m.entity(), sentence));
            i += m.length() - 1;
        }
        return out;
    }

    /** The entity whose name covers exactly this text, or null. */
    private static Entity lookupWhole(NameIndex index, String text, Span span) {
        return lookupWhole(index, span.of(text));
    }

    private static Entity lookupWhole(NameIndex index, String name) {
        List<Token> toks = Tokenizer.tokenize(name);
        if (toks.isEmpty()) return null;
        NameIndex.Match m = index.longestAt(toks, 0);
        return m != null && m.length() == toks.size() ? m.entity() : null;
    }

    private static boolean covered(List<Span> spans, Span s) {
        for (Span k : spans) if (k.contains(s)) return true;
        return false;
    }

    /** "G7 Hiroshima AI Process" is two known names side by side, not a new entity. */
    private static boolean tiled(List<Span> known, List<Token> tokens, Span s) {
        for (Token t : tokens) {
            if (!t.isWord() || !s.contains(new Span(t.begin(), t.end()))) continue;
            if (known.stream().noneMatch(k -> k.begin() <= t.begin() && t.end() <= k.end())) return false;
        }
        return true;
    }

    private static boolean overlaps(List<Span> spans, Span s) {
        for (Span k : spans) if (k.overlaps(s)) return true;
        return false;
    }
}
