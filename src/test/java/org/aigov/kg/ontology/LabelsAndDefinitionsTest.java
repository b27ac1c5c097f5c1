package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every aigo: class and property has labels in English, Japanese and Hindi, and an English definition. */
class LabelsAndDefinitionsTest {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    /** Messages for missing or wrongly scripted labels and definitions of one term (empty when fine). */
    static List<String> problems(Graph g, Node term, Node labelProperty) {
        List<String> problems = new ArrayList<>();
        String name = term.getURI();
        if (!hasLiteral(g, term, labelProperty, "en", LATIN)) problems.add(name + ": no English label");
        if (!hasLiteral(g, term, labelProperty, "ja", JAPANESE)) problems.add(name + ": no Japanese label in Japanese script");
        if (!hasLiteral(g, term, labelProperty, "hi", DEVANAGARI)) problems.add(name + ": no Hindi label in Devanagari");
        if (!hasLiteral(g, term, SKOS.definition.asNode(), "en", Pattern.compile("\\w{3,}.*\\w{3,}"))) {
            problems.add(name + ": no English definition of a few words");
        }
        return problems;
    }

    private static boolean hasLiteral(Graph g, Node s, Node p, String lang, Pattern script) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .anyMatch(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang)
                        && script.matcher(o.getLiteralLexicalForm()).find());
    }

    @Test
    void everyAigoClassAndPropertyHasTrilingualLabelsAndADefinition() {
        Graph g = RDFDataMgr.loadGraph(OntologyDir.ontology().toString());
        Set<String> terms = Vocabulary.declaredAigoTerms(g);
        assertTrue(terms.size() >= 50, "expected the full vocabulary, got " + terms.size() + " terms");
        List<String> problems = new ArrayList<>();
        Node ontology = Vocabulary.iri("https://w3id.org/aigov/ontology");
        for (String t : terms) {
            problems.addAll(problems(g, Vocabulary.iri(t), RDFS.label.asNode()));
            if (!g.contains(Vocabulary.iri(t), RDFS.isDefinedBy.asNode(), ontology)) problems.add(t + ": no rdfs:isDefinedBy");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyAigoPropertyHasADomainAndARange() {
        Graph g = RDFDataMgr.loadGraph(OntologyDir.ontology().toString());
        List<String> missing = new ArrayList<>();
        for (String t : Vocabulary.declaredAigoTerms(g)) {
            Node n = Vocabulary.iri(t);
            if (g.contains(n, RDF.type.asNode(), OWL.Class.asNode())) continue;
            if (!g.contains(n, RDFS.domain.asNode(), Node.ANY)) missing.add(t + ": no rdfs:domain");
            if (!g.contains(n, RDFS.range.asNode(), Node.ANY)) missing.add(t + ": no rdfs:range");
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void theOntologyHeaderCarriesItsMetadata() {
        Graph g = RDFDataMgr.loadGraph(OntologyDir.ontology().toString());
        Node onto = Vocabulary.iri("https://w3id.org/aigov/ontology");
        String dct = "http://purl.org/dc/terms/";
        String vann = "http://purl.org/vocab/vann/";
        for (String p : List.of(dct + "title", dct + "description", dct + "license", dct + "created", dct + "modified",
                vann + "preferredNamespacePrefix", vann + "preferredNamespaceUri",
                OWL.versionInfo.getURI(), OWL.versionIRI.getURI())) {
            assertTrue(g.contains(onto, Vocabulary.iri(p), Node.ANY), "ontology header lacks " + p);
        }
        assertTrue(g.contains(onto, Vocabulary.iri(dct + "license"), Vocabulary.iri("https://creativecommons.org/licenses/by/4.0/")));
    }
}
