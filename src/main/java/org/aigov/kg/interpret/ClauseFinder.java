package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Kind;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.recognise.Token;
import org.aigov.kg.recognise.Tokenizer;
import org.aigov.kg.vocab.AIGO;

/**
 * Splits sentences into clauses: a main verb after an actor subject ("The two leaders reaffirmed"),
 * verbs coordinated with it ("… and welcomed"), and an opening participle ("Reaffirming …, they underlined").
 */
public final class ClauseFinder {
    /** Words that name the statement's parties collectively. */
    private static final Set<String> COLLECTIVE = Set.of("leaders", "they", "sides", "we", "ministers", "countries", "governments",
            "parties", "participants", "signatories", "both", "delegations", "heads", "partners", "members", "us",
            "council", "chair"); // "The Council reaffirmed …": a joint council speaks for its parties; a chair's summary, its chair
    private static final Set<String> ADVERBS = Set.of("also", "further", "especially", "jointly", "strongly", "warmly", "fully",
            "firmly", "again", "hereby", "therefore", "together", "have", "has", "had", "shall", "would", "collectively",
            "unanimously", "wholeheartedly", "particularly", "all", "both", "each", "once", "consequently", "thus", "furthermore");
    private static final java.util.regex.Pattern PARTICIPLE_OPENER = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*ing\\b");
    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile("(?i)\\b(hereinafter|hereafter)\\b");
    private static final Set<String> IRREGULAR_PAST = Set.of("took", "made", "set", "put", "underwent", "gave");

    private final SpeechActs acts;
    private final Topics topics;

    public ClauseFinder(SpeechActs acts, Topics topics) {
        this.acts = acts;
        this.topics = topics;
    }

    private record Verb(int token, int length, SpeechActs.Act act, int subjectStart) {}

    public List<Clause> find(Document doc, Recognition rec, List<Entity> parties) {
        List<Clause> clauses = new ArrayList<>();
        List<Entity> leadInActors = null;
        for (Sentence s : doc.sentences()) {
            String text = doc.text();
            List<Token> tokens = Tokenizer.tokenize(text, s.span().begin(), s.span().end());
            List<Mention> mentions = rec.inSentence(s.number());
            List<Verb> verbs = verbs(tokens, mentions);
            List<Entity> actors;
            if (verbs.isEmpty() && leadInActors != null && startsWithFiniteVerb(tokens)) {
                verbs = coordinated(tokens, new Verb(0, acts.at(tokens, 0).length(), acts.at(tokens, 0).act(), 0));
                actors = leadInActors; // "The Ministers: - reaffirmed …; - endorsed …"
            } else if (verbs.isEmpty() && preambleVerb(tokens) != null && afterPreamble(doc, s)) {
                SpeechActs.Match m = preambleVerb(tokens);
                int at = tokens.get(0).folded().equals("have") || tokens.get(0).folded().equals("has") ? 1 : 0;
                verbs = List.of(new Verb(at, m.length(), m.act(), 0));
                actors = parties; // "(the Participants) Desiring …; Have reached the following understanding:"
            } else {
                leadInActors = leadIn(s, tokens, mentions, parties);
                if (verbs.isEmpty()) continue;
                Verb main = verbs.stream().filter(v -> v.token() > 0).findFirst().orElseThrow();
                actors = actors(tokens, main.subjectStart(), main.token(), mentions, parties);
            }
            for (int v = 0; v < verbs.size(); v++) {
                Verb verb = verbs.get(v);
                int begin = v == 0 ? tokens.get(verb.subjectStart()).begin() : clauseBegin(tokens, verb);
                int end = v + 1 < verbs.size() ? clauseEnd(tokens, verbs.get(v + 1)) : s.span().end();
                Span span = new Span(begin, Math.max(begin + 1, end));
                Span verbSpan = new Span(tokens.get(verb.token()).begin(), tokens.get(verb.token() + verb.length() - 1).end());
                List<Entity> inClause = mentions.stream().filter(m -> span.contains(m.span())).map(Mention::entity).distinct().toList();
                clauses.add(new Clause(clauses.size() + 1, s.number(), span, verbSpan, verb.act(), actors, inClause,
                        topics.of(span.of(text)), s.area()));
            }
        }
        return clauses;
    }

    /** Main verb, coordinated verbs and an opening participle, in text order. */
    private List<Verb> verbs(List<Token> tokens, List<Mention> mentions) {
        List<Verb> out = new ArrayList<>();
        Verb main = null;
        for (int i = 1; i < tokens.size() && main == null; i++) {
            SpeechActs.Match m = verbAt(tokens, i);
            if (m == null) continue;
            int subject = subjectStart(tokens, i, mentions);
            if (subject >= 0) main = new Verb(i, m.length(), m.act(), subject);
        }
        // "We commend … and we look forward": an unlisted verb before the first listed one is the main verb
        if (main == null || main.token() > 1 && COLLECTIVE.contains(tokens.get(0).folded()) && !ADVERBS.contains(tokens.get(1).folded())) {
            Verb earlier = byGrammar(tokens.subList(0, main == null ? tokens.size() : main.token()), mentions);
            if (earlier != null) main = earlier;
        }
        if (main == null) return out;
        SpeechActs.Match opener = verbAt(tokens, 0);
        if (opener != null && tokens.get(0).text().endsWith("ing") && main.subjectStart() > 0) {
            out.add(new Verb(0, opener.length(), opener.act(), 0));
        }
        out.addAll(coordinated(tokens, main));
        return out;
    }

    /**
     * A verb the lexicon does not list, found by its part of speech right after an actor subject and in the
     * simple present ("We advocate for …", "The Participants underscore …"): its lemma's act if the lexicon knows it, else "state".
     */
    private Verb byGrammar(List<Token> tokens, List<Mention> mentions) {
        Grammar.Tagged tagged = null;
        for (int i = 1; i < tokens.size() && i < 40; i++) {
            if (!tokens.get(i).isWord() || subjectStart(tokens, i, mentions) < 0) continue;
            if (!Character.isLowerCase(tokens.get(i).text().charAt(0))) continue; // a verb mid-sentence is lower case
            if (tagged == null) tagged = Grammar.tag(tokens.subList(0, Math.min(tokens.size(), 40)));
            int v = i;
            if (!tagged.isVerb(v)) continue;
            String lemma = tagged.lemma(v);
            // a performative is in the simple present ("We advocate"); "we gathered", "have discussed" narrate what happened
            if (!tokens.get(v).folded().equals(lemma)) continue;
            SpeechActs.Match known = acts.at(List.of(new Token(lemma, 0, 0)), 0);
            SpeechActs.Act act = known != null ? known.act() : new SpeechActs.Act(AIGO.SPEECH_ACT + "state", AIGO.STRENGTH + "acknowledgement");
            return new Verb(v, 1, act, subjectStart(tokens, i, mentions));
        }
        return null;
    }

    /** The main verb and the verbs coordinated with it by "and" in the same tense. */
    private List<Verb> coordinated(List<Token> tokens, Verb main) {
        List<Verb> out = new ArrayList<>();
        out.add(main);
        boolean past = isPast(tokens.get(main.token()).text());
        for (int i = main.token() + main.length(); i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("and")) continue;
            int j = i + 1;
            if (j < tokens.size() && (tokens.get(j).folded().equals("we") || tokens.get(j).folded().equals("they"))) j++; // "… and we note"
            while (j < tokens.size() && ADVERBS.contains(tokens.get(j).folded())) j++;
            if (j >= tokens.size()) break;
            SpeechActs.Match m = verbAt(tokens, j);
            if (m == null || isPast(tokens.get(j).text()) != past || tokens.get(j).text().endsWith("ing")) continue;
            out.add(new Verb(j, m.length(), m.act(), i));
            i = j + m.length() - 1;
        }
        return out;
    }

    /** "Have reached …", "Decide …": a listed verb opening the sentence, with no subject of its own. */
    private SpeechActs.Match preambleVerb(List<Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(0).isCapitalised()) return null;
        int at = tokens.get(0).folded().equals("have") || tokens.get(0).folded().equals("has") ? 1 : 0;
        SpeechActs.Match m = acts.at(tokens, at);
        return m != null && !tokens.get(at).text().endsWith("ing") ? m : null;
    }

    /** The sentence follows a preamble: participial openers ("Desiring …", "Intending …") or the parties' definition. */
    private static boolean afterPreamble(Document doc, Sentence s) {
        if (s.number() < 2) return false;
        String prev = doc.sentences().get(s.number() - 2).text();
        return PARTICIPLE_OPENER.matcher(prev).lookingAt() || DEFINITION.matcher(prev).find();
    }

    private boolean startsWithFiniteVerb(List<Token> tokens) {
        return !tokens.isEmpty() && acts.at(tokens, 0) != null && !tokens.get(0).text().endsWith("ing");
    }

    /** "The Ministers:" introduces a list whose items are clauses of that subject; null when the sentence is not a lead-in. */
    private static List<Entity> leadIn(Sentence s, List<Token> tokens, List<Mention> mentions, List<Entity> parties) {
        if (!s.text().endsWith(":") || tokens.size() < 2) return null;
        return actors(tokens, 0, tokens.size() - 1, mentions, parties);
    }

    private SpeechActs.Match verbAt(List<Token> tokens, int i) {
        if (tokens.get(i).folded().equals("will")) { // "Japan will host …" binds its subject
            return new SpeechActs.Match(new SpeechActs.Act(AIGO.SPEECH_ACT + "commit", AIGO.STRENGTH + "commitment"), 1);
        }
        return acts.at(tokens, i);
    }

    private static boolean isPast(String verb) {
        return verb.endsWith("ed") || IRREGULAR_PAST.contains(verb.toLowerCase());
    }

    /** Start token of the actor subject that ends right before the verb, or -1 when the verb has none. */
    private static int subjectStart(List<Token> tokens, int verb, List<Mention> mentions) {
        int k = verb - 1;
        while (k >= 0 && ADVERBS.contains(tokens.get(k).folded())) k--;
        if (k < 0) return -1;
        Token last = tokens.get(k);
        boolean actorEnd = COLLECTIVE.contains(last.folded()) || endsActorMention(last, mentions);
        if (!actorEnd && last.text().equals(",") && tokens.get(0).folded().equals("we")) return 0; // "We, the Ministers of …, reaffirm"
        if (!actorEnd) return -1;
        int start = k;
        while (start > 0 && !isBoundary(tokens.get(start - 1))) start--;
        if (start > 0 && !tokens.get(start - 1).text().equals(",")) return -1; // embedded: "… announcement that Japan will host"
        return start;
    }

    private static boolean isBoundary(Token t) {
        String w = t.folded();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("that") || w.equals("which") || w.equals("who");
    }

    private static boolean endsActorMention(Token t, List<Mention> mentions) {
        for (Mention m : mentions) if (m.span().end() == t.end() && m.entity().kind().isActor()) return true;
        return false;
    }

    /** Persons named in the subject, else countries named there, else the parties (for "They", "The two leaders", "We"). */
    private static List<Entity> actors(List<Token> tokens, int from, int verb, List<Mention> mentions, List<Entity> parties) {
        Span subject = new Span(tokens.get(from).begin(), tokens.get(verb).begin());
        List<Entity> inSubject = mentions.stream().filter(m -> subject.contains(m.span())).map(Mention::entity).distinct().toList();
        List<Entity> persons = inSubject.stream().filter(e -> e.kind() == Kind.PERSON).toList();
        if (!persons.isEmpty()) return persons;
        boolean we = tokens.get(from).folded().equals("we");
        List<Entity> actors = inSubject.stream().filter(e -> e.kind().isActor()).toList();
        if (!actors.isEmpty() && !we) return actors;
        return parties;
    }

    private static int clauseBegin(List<Token> tokens, Verb verb) {
        return tokens.get(verb.subjectStart()).begin();
    }

    /** A clause ends where the next one's "and" (and a comma before it) begins. */
    private static int clauseEnd(List<Token> tokens, Verb next) {
        int k = next.subjectStart();
        if (next.token() == 0) return tokens.get(0).begin();
        if (k > 0 && tokens.get(k - 1).text().equals(",")) k--;
        return tokens.get(k - 1).end();
    }
}
