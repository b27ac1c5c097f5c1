package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology reference generated from the project's real ontology files, with examples from the fixture data. */
class OntologyDocTest {
    private static final Path ROOT = Path.of(System.getProperty("aigov.project.dir", "."));
    private static Model ontology;
    private static Dataset data;

    @BeforeAll
    static void load() throws IOException {
        ontology = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(ROOT.resolve("ontology"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl") && !f.getFileName().toString().equals("shapes.ttl")).sorted().toList()) {
                RDFDataMgr.read(ontology, p.toString());
            }
        }
        data = LdTestServer.fixture();
    }

    private static List<Resource> ours(Resource type) {
        List<Resource> l = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(AIGO.NS)) l.add(r);
        });
        return l;
    }

    @Test
    void everyClassPropertyAndConceptHasItsSection() {
        Graph g = ontology.getGraph();
        String html = OntologyDoc.render(g, data, "en");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"), "standalone: the stylesheet is inlined for ontology.html");
        List<Resource> terms = new ArrayList<>(ours(OWL.Class));
        terms.addAll(ours(OWL.ObjectProperty));
        terms.addAll(ours(OWL.DatatypeProperty));
        assertTrue(terms.size() > 20, "the real ontology has its terms: " + terms.size());
        for (Resource t : terms) {
            assertTrue(html.contains("id=\"" + t.getLocalName() + "\""), "section for " + t);
        }
        List<Resource> concepts = ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertTrue(concepts.size() > 10);
        for (Resource c : concepts) {
            assertTrue(html.contains("id=\"" + Linker.anchor(c.getURI()) + "\""), "row for concept " + c);
        }
        for (Resource s : ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
            assertTrue(html.contains("id=\"" + Linker.anchor(s.getURI()) + "\""), "section for scheme " + s);
        }
    }

    @Test
    void hierarchyDomainsRangesInversesAlignmentsAndExamples() {
        String html = OntologyDoc.render(ontology.getGraph(), data, "en");
        String tree = html.substring(html.indexOf("id=\"class-tree\""), html.indexOf("</ul>\n", html.indexOf("id=\"class-tree\"")));
        int actor = tree.indexOf("href=\"#Actor\"");
        int country = tree.indexOf("href=\"#Country\"");
        assertTrue(actor >= 0 && country > actor, "Country is listed under Actor in the class tree");
        String party = section(html, "party");
        Resource partyTerm = ontology.getResource(AIGO.NS + "party");
        for (var p : List.of(org.apache.jena.vocabulary.RDFS.domain, org.apache.jena.vocabulary.RDFS.range)) {
            Resource declared = partyTerm.getPropertyResourceValue(p);
            assertTrue(declared != null && party.contains("href=\"#" + declared.getLocalName() + "\""), p.getLocalName() + " of party: " + party);
        }
        assertTrue(party.contains("href=\"#partyTo\""), "inverse of party: " + party);
        String alignments = html.substring(html.indexOf("id=\"alignments\""), html.indexOf("id=\"schemes\""));
        assertTrue(alignments.contains("prov:Agent") && alignments.contains("org:"), "alignments to PROV-O and ORG: " + alignments);
        String countrySection = section(html, "Country");
        assertTrue(countrySection.contains("class=\"example\"") && countrySection.contains("https://w3id.org/aigov/id/country/"),
                "an example country from the data: " + countrySection);
    }

    @Test
    void japaneseAndHindiReferencesUseTheirLabelsAndWords() {
        String ja = OntologyDoc.render(ontology.getGraph(), data, "ja");
        String country = ontology.getResource(AIGO.NS + "Country").listProperties(org.apache.jena.vocabulary.RDFS.label).toList().stream()
                .filter(s -> s.getLanguage().equals("ja")).findFirst().orElseThrow().getString();
        assertTrue(ja.contains("<h3>" + country + "</h3>"), "Japanese class label " + country);
        assertTrue(ja.contains("下位クラス") || ja.contains("上位クラス"), "Japanese UI words");
        String hi = OntologyDoc.render(ontology.getGraph(), data, "hi");
        assertTrue(hi.contains("<html lang=\"hi\">") && hi.contains("वर्ग"));
        assertEquals(OntologyDoc.render(ontology.getGraph(), data, "en"), OntologyDoc.render(ontology.getGraph(), data, "xx"),
                "an unknown language renders English");
    }

    @Test
    void withoutDataThereAreNoExamplesButTheReferenceIsComplete() {
        String html = OntologyDoc.render(ontology.getGraph(), null, "en");
        assertTrue(html.contains("id=\"Country\""));
        assertTrue(!html.contains("class=\"example\""));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }
}
