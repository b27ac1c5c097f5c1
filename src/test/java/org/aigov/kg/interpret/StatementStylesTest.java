package org.aigov.kg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.StatementReader;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Gazetteer;
import org.aigov.kg.recognise.Recogniser;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parties, clauses and speech acts read from the team's short fixtures, one per style real statements are written in. */
class StatementStylesTest {
    private static final Path STYLES = Path.of("src/test/resources/styles");
    static Recogniser recogniser;
    static Interpreter interpreter;

    @BeforeAll
    static void load() {
        Graph ontology = OntologyFiles.load(OntologyFiles.DEFAULT_DIR);
        recogniser = new Recogniser(Gazetteer.load(Path.of("data/gazetteer"), Iris.standard()), Iris.standard());
        interpreter = new Interpreter(ontology, Iris.standard());
    }

    private record Read(Recognition rec, Interpretation in) {
        Set<String> parties() { return in.parties().stream().map(Entity::label).collect(Collectors.toCollection(TreeSet::new)); }
        List<String> acts() { return in.clauses().stream().map(c -> c.act().concept().substring(AIGO.SPEECH_ACT.length())).toList(); }
        boolean everyClauseHasActors() { return in.clauses().stream().allMatch(c -> !c.actors().isEmpty()); }
    }

    private static Read read(String name) {
        Document doc = StatementReader.read(STYLES.resolve(name));
        Recognition rec = recogniser.recognise(doc);
        return new Read(rec, interpreter.interpret(doc, rec));
    }

    @Test
    void anEndorserListAtTheEndGivesTheParties() {
        Read r = read("signatory-list.md");
        assertEquals(Set.of("Portugal", "Chile", "Kenya", "Fiji", "Norvania", "European Union"), r.parties(), "an unknown endorser is discovered, not dropped");
        assertEquals(List.of("recognize", "welcome", "resolve"), r.acts());
        assertTrue(r.everyClauseHasActors(), "'we' resolves to the endorsers");
    }

    @Test
    void weWorldLeadersRepresentingNamesThePartiesIncludingAForum() {
        Read r = read("we-leaders-representing.md");
        assertEquals(Set.of("Kenya", "Ghana", "European Union", "Singapore"), r.parties());
        assertEquals(List.of("affirm", "support", "endeavour", "recognize", "commit"), r.acts());
        assertTrue(r.everyClauseHasActors());
    }

    @Test
    void theParticipantsDefinedAfterTwoMinistriesAreThoseMinistries() {
        Read r = read("participants-defined.md");
        assertEquals(2, r.parties().size(), r.parties().toString());
        assertTrue(r.parties().stream().allMatch(p -> p.startsWith("Ministry of")), r.parties().toString());
        assertEquals(List.of("agree", "intend", "note", "commit"), r.acts(), "'Have reached the following understanding' after the preamble speaks for the Participants");
        assertTrue(r.everyClauseHasActors(), "'the Participants' and 'the two sides' resolve to the parties");
    }

    @Test
    void aNamedBilateralSubjectGivesTheParties() {
        Read r = read("named-bilateral.md");
        assertEquals(Set.of("Brazil", "Canada"), r.parties());
        assertEquals(List.of("reaffirm", "recognize", "decide", "aim", "welcome"), r.acts());
        assertTrue(r.everyClauseHasActors());
        Clause last = r.in().clauses().get(r.in().clauses().size() - 1);
        assertEquals(List.of("Minister Tavares"), last.actors().stream().map(Entity::label).toList(), "a person by title and surname alone");
        assertEquals(org.aigov.kg.recognise.Kind.PERSON, last.actors().get(0).kind());
    }

    @Test
    void aChairsSummaryHasTheChairAsItsOneAuthor() {
        Read r = read("chairs-summary.md");
        assertEquals(Set.of("Iceland"), r.parties());
        assertEquals(List.of("welcome", "stress", "commit"), r.acts());
    }

    @Test
    void aDraftWithNoSignatoriesHasNoPartiesAndItsWeResolvesToNobody() {
        Read r = read("draft-no-parties.md");
        assertEquals(Set.of(), r.parties(), "nothing is invented");
        assertEquals(List.of("recognize", "state", "look-forward"), r.acts(), "'commend' is not in the lexicon: found by its part of speech");
        assertTrue(r.in().clauses().stream().allMatch(c -> c.actors().isEmpty()));
    }
}
