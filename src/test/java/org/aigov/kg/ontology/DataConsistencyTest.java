package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.BuildResult;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.source.RdfFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology's domains, ranges and definitions do not make real loader output inconsistent under HermiT. */
class DataConsistencyTest {

    private static boolean consistent(Graph data) throws Exception {
        Graph all = GraphFactory.createDefaultGraph();
        OntologyFiles.load(OntologyDir.dir()).find().forEachRemaining(all::add);
        data.find().forEachRemaining(all::add);
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, all, RDFFormat.TURTLE);
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true; // xsd:gYear and xsd:date lie outside the OWL 2 datatype map
        OWLReasoner reasoner = new Reasoner(config, o);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void theValidFixtureIsConsistentWithTheOntology() throws Exception {
        Graph data = RdfFiles.read(OntologyDir.project().resolve("src/test/resources/check/valid-statement.trig"));
        assertTrue(consistent(data), "HermiT finds the fixture inconsistent with the ontology");
    }

    @Test
    void aNegativeTargetQuantityIsCaughtSoTheCheckHasTeeth() throws Exception {
        // invalid-statement.ttl gives a target the quantity -5, outside the range xsd:positiveInteger.
        Graph data = RdfFiles.read(OntologyDir.project().resolve("src/test/resources/check/invalid-statement.ttl"));
        assertFalse(consistent(data), "HermiT should reject a negative aigo:targetQuantity");
    }

    @Test
    void theLoadersGraphOfTheRealStatementsIsConsistentWithTheOntology() throws Exception {
        BuildOptions options = BuildOptions.defaults()
                .withOntology(OntologyDir.dir())
                .withGazetteer(OntologyDir.project().resolve("data/gazetteer"));
        BuildResult kg = new KnowledgeGraphBuilder(options).build(List.of(OntologyDir.project().resolve("data/statements")));
        Dataset ds = kg.dataset();
        Graph union = GraphFactory.createDefaultGraph();
        ds.begin(org.apache.jena.query.TxnType.READ);
        try {
            ds.asDatasetGraph().find().forEachRemaining(q -> union.add(q.asTriple()));
        } finally {
            ds.end();
        }
        assertTrue(union.size() > 1000, "the loader produced a real graph: " + union.size());
        assertTrue(consistent(union), "HermiT finds the loader's output inconsistent with the ontology");
    }
}
