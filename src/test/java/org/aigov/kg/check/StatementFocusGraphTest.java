package org.aigov.kg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Shapes check the statement's own nodes, while every value lookup still sees the reference graphs. */
class StatementFocusGraphTest {
    private static final ShaclValidator SHAPES = ShaclValidator.fromFile(Fixtures.shapes());
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node COUNTRY = AIGO.Country.asNode();

    private static Node iri(String s) { return NodeFactory.createURI("https://example.org/" + s); }

    private static Graph reference() {
        Graph ref = GraphFactory.createDefaultGraph();
        OntologyFiles.load(Fixtures.ontologyDir()).find().forEachRemaining(ref::add);
        return ref;
    }

    @Test
    void aStatementNodeWithoutAnEnglishLabelViolates() {
        Graph statement = GraphFactory.createDefaultGraph();
        statement.add(iri("atlantis"), TYPE, COUNTRY);
        statement.add(iri("atlantis"), LABEL, NodeFactory.createLiteralLang("Atlantide", "fr"));
        assertFalse(SHAPES.validate(new StatementFocusGraph(statement, reference())).conforms());
    }

    @Test
    void aStatementNodeMayTakeItsLabelFromTheReference() {
        Graph ref = reference();
        ref.add(iri("japan"), LABEL, NodeFactory.createLiteralLang("Japan", "en"));
        Graph statement = GraphFactory.createDefaultGraph();
        statement.add(iri("japan"), TYPE, COUNTRY);
        Report report = SHAPES.validate(new StatementFocusGraph(statement, ref));
        assertTrue(report.conforms(), new ReportFormatter().format(report));
    }

    @Test
    void referenceNodesAreNotCheckedAgainWithEveryStatement() {
        Graph ref = reference();
        ref.add(iri("unlabelled"), TYPE, COUNTRY); // a reference defect: the build reports it once, naming the gazetteer
        Graph statement = GraphFactory.createDefaultGraph();
        statement.add(iri("india"), TYPE, COUNTRY);
        statement.add(iri("india"), LABEL, NodeFactory.createLiteralLang("India", "en"));
        assertTrue(SHAPES.validate(new StatementFocusGraph(statement, ref)).conforms());
        assertFalse(SHAPES.validate(new Union(statement, ref)).conforms(), "the plain union does see the defect");
    }

    @Test
    void onlyTypeLookupsWithAnOpenSubjectAreNarrowed() {
        Graph ref = reference();
        ref.add(iri("japan"), TYPE, COUNTRY);
        Graph statement = GraphFactory.createDefaultGraph();
        statement.add(iri("india"), TYPE, COUNTRY);
        StatementFocusGraph g = new StatementFocusGraph(statement, ref);
        assertEquals(1, g.find(Node.ANY, TYPE, COUNTRY).toList().size());
        assertTrue(g.contains(iri("japan"), TYPE, COUNTRY), "a known subject's types come from both graphs");
        assertTrue(g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).hasNext(), "the ontology stays visible");
    }
}
