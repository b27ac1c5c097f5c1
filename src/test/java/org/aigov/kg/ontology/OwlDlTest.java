package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aigov.kg.check.OntologyFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology is OWL 2 DL, consistent, and every named class can have instances (OWL API + HermiT). */
class OwlDlTest {

    private static OWLOntology aigovAlone() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        return m.loadOntologyFromOntologyDocument(OntologyDir.ontology().toFile());
    }

    /** aigov.ttl and the SKOS schemes together, as the loader puts them in the ontology graph. */
    private static OWLOntology wholeOntologyGraph() throws Exception {
        Graph g = OntologyFiles.load(OntologyDir.dir());
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, g, RDFFormat.TURTLE);
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        return m.loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
    }

    private static String describe(List<OWLProfileViolation> violations) {
        return violations.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aigovTtlHasTheDeclaredOntologyIri() throws Exception {
        OWLOntology o = aigovAlone();
        assertEquals(IRI.create("https://w3id.org/aigov/ontology"), o.getOntologyID().getOntologyIRI().orElseThrow());
        assertEquals(IRI.create("https://w3id.org/aigov/ontology/0.1.0"), o.getOntologyID().getVersionIRI().orElseThrow());
    }

    @Test
    void aigovTtlIsInTheOwl2DlProfile() throws Exception {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(aigovAlone());
        assertTrue(report.isInProfile(), describe(report.getViolations()));
    }

    @Test
    void ontologyWithItsSchemesIsInTheOwl2DlProfile() throws Exception {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(wholeOntologyGraph());
        assertTrue(report.isInProfile(), describe(report.getViolations()));
    }

    @Test
    void theProfileCheckWouldCatchAnUndeclaredTermOrPunnedProperty() throws Exception {
        // Guards the two tests above: the same checker rejects the mistakes they are meant to catch.
        String bad = "@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<http://ex.org/o> a owl:Ontology . <http://ex.org/A> a owl:Class ; rdfs:subClassOf <http://ex.org/Undeclared> .\n"
                + "<http://ex.org/p> a owl:ObjectProperty , owl:DatatypeProperty .\n";
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(bad));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        assertTrue(report.getViolations().size() >= 2, describe(report.getViolations()));
    }

    @Test
    void consistentAndEveryNamedClassSatisfiable() throws Exception {
        for (OWLOntology o : List.of(aigovAlone(), wholeOntologyGraph())) {
            OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
            try {
                assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
                Set<OWLClass> classes = o.classesInSignature().collect(Collectors.toSet());
                assertTrue(classes.size() > 30, "expected the aigo classes and the aligned ones, got " + classes.size());
                Set<OWLClass> unsatisfiable = classes.stream()
                        .filter(c -> !reasoner.isSatisfiable(c)).collect(Collectors.toSet());
                assertTrue(unsatisfiable.isEmpty(), "unsatisfiable: " + unsatisfiable);
            } finally {
                reasoner.dispose();
            }
        }
    }

    @Test
    void reasonerDerivesCommitmentFromStrength() throws Exception {
        // The defined class Commitment ≡ Clause ⊓ ∃strength.{str:commitment} is what the schemes' strengths rely on.
        OWLOntology o = wholeOntologyGraph();
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(o);
        try {
            var df = o.getOWLOntologyManager().getOWLDataFactory();
            OWLClass commitment = df.getOWLClass(IRI.create("https://w3id.org/aigov/ontology#Commitment"));
            OWLClass clause = df.getOWLClass(IRI.create("https://w3id.org/aigov/ontology#Clause"));
            OWLClass agent = df.getOWLClass(IRI.create("http://www.w3.org/ns/prov#Agent"));
            OWLClass country = df.getOWLClass(IRI.create("https://w3id.org/aigov/ontology#Country"));
            assertTrue(reasoner.superClasses(commitment).anyMatch(clause::equals));
            assertTrue(reasoner.superClasses(country).anyMatch(agent::equals), "Country should be a prov:Agent");
        } finally {
            reasoner.dispose();
        }
    }
}
