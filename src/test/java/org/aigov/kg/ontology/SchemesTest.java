package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SKOS schemes: labelled, defined concepts; speech acts with strengths and verb forms; topics with keywords. */
class SchemesTest {

    private static Graph scheme(String file) {
        return RDFDataMgr.loadGraph(OntologyDir.dir().resolve(file).toString());
    }

    private static List<Node> concepts(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(t -> t.getSubject()).toList();
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "speech-acts.ttl, https://w3id.org/aigov/vocab/speech-act/, SpeechAct",
            "strengths.ttl, https://w3id.org/aigov/vocab/strength/, Strength",
            "topics.ttl, https://w3id.org/aigov/vocab/topic/, Topic",
            "agreement-kinds.ttl, https://w3id.org/aigov/vocab/agreement-kind/, AgreementKind"})
    void everyConceptIsLabelledDefinedTypedAndInItsScheme(String file, String ns, String aigoClass) {
        Graph g = scheme(file);
        Node schemeNode = Vocabulary.iri(ns + "scheme");
        assertTrue(g.contains(schemeNode, RDF.type.asNode(), SKOS.ConceptScheme.asNode()), file + ": no scheme " + schemeNode);
        List<Node> concepts = concepts(g);
        assertFalse(concepts.isEmpty(), file + " has no concepts");
        List<String> problems = new ArrayList<>();
        for (Node c : concepts) {
            problems.addAll(LabelsAndDefinitionsTest.problems(g, c, SKOS.prefLabel.asNode()));
            if (!c.getURI().startsWith(ns)) problems.add(c + ": outside " + ns);
            if (!g.contains(c, SKOS.inScheme.asNode(), schemeNode)) problems.add(c + ": not in " + schemeNode);
            if (!g.contains(schemeNode, SKOS.hasTopConcept.asNode(), c)) problems.add(c + ": not a top concept of the scheme");
            if (!g.contains(c, RDF.type.asNode(), Vocabulary.iri(AIGO.NS + aigoClass))) problems.add(c + ": not an aigo:" + aigoClass);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void strengthsAreRankedFourToOne() {
        Graph g = scheme("strengths.ttl");
        Map<String, Integer> expected = Map.of("commitment", 4, "endorsement", 3, "acknowledgement", 2, "encouragement", 1);
        assertEquals(4, concepts(g).size());
        expected.forEach((slug, rank) -> {
            List<String> ranks = literals(g, Vocabulary.iri(AIGO.STRENGTH + slug), AIGO.rank.asNode());
            assertEquals(List.of(String.valueOf(rank)), ranks, slug);
        });
    }

    @Test
    void everySpeechActHasExactlyOneKnownStrength() {
        Graph g = scheme("speech-acts.ttl");
        Set<Node> strengths = new java.util.HashSet<>(concepts(scheme("strengths.ttl")));
        List<String> problems = new ArrayList<>();
        for (Node c : concepts(g)) {
            List<Node> s = g.find(c, AIGO.strength.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
            if (s.size() != 1 || !strengths.contains(s.get(0))) problems.add(c + " has strengths " + s);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSpeechActsOfTheIssueExistWithTheirExpectedStrengths() {
        Graph g = scheme("speech-acts.ttl");
        Map<String, String> expected = new HashMap<>();
        for (String s : List.of("commit", "decide", "concur", "resolve", "agree", "endeavour")) expected.put(s, "commitment");
        for (String s : List.of("reaffirm", "affirm", "welcome", "support", "emphasize", "underline", "highlight", "stress")) expected.put(s, "endorsement");
        for (String s : List.of("acknowledge", "recognize", "take-note", "note", "express")) expected.put(s, "acknowledgement");
        for (String s : List.of("encourage", "call-upon", "invite", "urge")) expected.put(s, "encouragement");
        expected.forEach((slug, strength) -> assertTrue(
                g.contains(AIGO.speechAct(slug).asNode(), AIGO.strength.asNode(), AIGO.strength(strength).asNode()),
                "sa:" + slug + " should have strength " + strength));
    }

    @Test
    void speechActVerbFormsAreLowerCaseCompleteAndUnambiguous() {
        Graph g = scheme("speech-acts.ttl");
        Map<String, Node> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Node c : concepts(g)) {
            List<String> forms = literals(g, c, SKOS.hiddenLabel.asNode());
            String base = literals(g, c, SKOS.prefLabel.asNode()).stream()
                    .filter(l -> l.matches("[a-z ]+")).findFirst().orElse("?");
            if (forms.size() < 4) problems.add(c + ": fewer than four verb forms " + forms);
            if (!forms.contains(base)) problems.add(c + ": verb forms lack the base form '" + base + "'");
            for (String f : forms) {
                if (!f.equals(f.toLowerCase(Locale.ROOT)) || !f.equals(f.strip())) problems.add(c + ": form not lower-case/trimmed '" + f + "'");
                Node previous = owner.put(f, c);
                if (previous != null && !previous.equals(c)) problems.add("'" + f + "' belongs to both " + previous + " and " + c);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        for (String form : List.of("reaffirm", "reaffirms", "reaffirmed", "reaffirming", "called upon", "took note",
                "concurred", "committed", "emphasised", "recognised", "underlined")) {
            assertTrue(owner.containsKey(form), "no speech act has the verb form '" + form + "'");
        }
    }

    @Test
    void topicsCoverTheIssueListWithLowerCaseKeywords() {
        Graph g = scheme("topics.ttl");
        List<Node> topics = concepts(g);
        assertTrue(topics.size() >= 20, "at least 20 topics, got " + topics.size());
        Set<String> missing = new TreeSet<>();
        for (String slug : List.of("safety", "cybersecurity", "child-safety", "compute-and-data-centres", "semiconductors",
                "supply-chains", "foundation-models", "multilingual-models", "open-source-models", "ai-for-science",
                "skills-and-talent-mobility", "public-services", "capacity-building", "economic-security",
                "energy-efficiency", "evaluation-and-benchmarks", "standards", "research-cooperation", "innovation",
                "governance", "inclusion", "critical-infrastructure")) {
            if (!topics.contains(AIGO.topic(slug).asNode())) missing.add(slug);
        }
        assertTrue(missing.isEmpty(), "missing topics: " + missing);
        List<String> problems = new ArrayList<>();
        for (Node t : topics) {
            List<String> keywords = literals(g, t, SKOS.hiddenLabel.asNode());
            if (keywords.isEmpty()) problems.add(t + ": no keyword phrases");
            for (String k : keywords) if (!k.equals(k.toLowerCase(Locale.ROOT)) || k.isBlank()) problems.add(t + ": '" + k + "'");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        List<String> cyber = literals(g, AIGO.topic("cybersecurity").asNode(), SKOS.hiddenLabel.asNode());
        assertTrue(cyber.containsAll(List.of("cybersecurity", "cyber capabilities", "cyber-defense")), cyber.toString());
    }

    @Test
    void agreementKindsCarryTheirAcronymsAndFullNames() {
        Graph g = scheme("agreement-kinds.ttl");
        for (String slug : List.of("mou", "moc", "arrangement", "agreement")) {
            assertTrue(concepts(g).contains(AIGO.agreementKind(slug).asNode()), "akind:" + slug);
        }
        assertTrue(literals(g, AIGO.agreementKind("mou").asNode(), SKOS.hiddenLabel.asNode())
                .containsAll(List.of("MOU", "MoU", "Memorandum of Understanding", "memorandum of understanding")));
        assertTrue(literals(g, AIGO.agreementKind("moc").asNode(), SKOS.hiddenLabel.asNode())
                .containsAll(List.of("MOC", "Memorandum of Cooperation", "memorandum of cooperation")));
    }
}
