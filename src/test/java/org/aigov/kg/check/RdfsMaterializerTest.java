package org.aigov.kg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RDFS entailments under the real ontology: subclass, subproperty, domain, range and inverse typing. */
class RdfsMaterializerTest {
    private static RdfsMaterializer rdfs;

    private static final Node JAPAN = uri("https://w3id.org/aigov/id/country/japan");
    private static final Node STATEMENT = uri("https://w3id.org/aigov/id/statement/s");
    private static final Node CLAUSE = uri("https://w3id.org/aigov/id/statement/s/clause/1");
    private static final Node TYPE = RDF.type.asNode();

    @BeforeAll
    static void loadOntology() {
        rdfs = new RdfsMaterializer(OntologyFiles.load(Fixtures.ontologyDir()));
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node ext(String iri) { return uri(iri); }

    @Test
    void aCountryBecomesAnActorAndTheAlignedAgentClasses() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(JAPAN, TYPE, AIGO.Country.asNode()));
        int added = rdfs.materialize(g);
        for (Node c : new Node[] {AIGO.Actor.asNode(), ext("http://www.w3.org/ns/prov#Agent"),
                ext("http://xmlns.com/foaf/0.1/Agent"), ext("http://schema.org/Country")}) {
            assertTrue(g.contains(JAPAN, TYPE, c), "Japan should be a " + c);
        }
        assertEquals(added, g.size() - 1);
        assertFalse(g.contains(JAPAN, TYPE, OWL.Thing.asNode()), "owl:Thing is not worth a triple");
        assertFalse(g.contains(JAPAN, TYPE, AIGO.Person.asNode()), "no typing sideways");
    }

    @Test
    void aForumIsAnOrgOrganizationThroughTwoLevels() {
        Graph g = GraphFactory.createDefaultGraph();
        Node oecd = uri("https://w3id.org/aigov/id/forum/oecd");
        g.add(Triple.create(oecd, TYPE, AIGO.Forum.asNode()));
        rdfs.materialize(g);
        assertTrue(g.contains(oecd, TYPE, AIGO.Organization.asNode()));
        assertTrue(g.contains(oecd, TYPE, ext("http://www.w3.org/ns/org#Organization")));
        assertTrue(g.contains(oecd, TYPE, AIGO.Actor.asNode()));
    }

    @Test
    void domainRangeSubpropertyAndInverseTyping() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(STATEMENT, AIGO.party.asNode(), JAPAN));
        g.add(Triple.create(CLAUSE, AIGO.clauseOf.asNode(), STATEMENT));
        rdfs.materialize(g);
        // domain and range of aigo:party, and their superclasses
        assertTrue(g.contains(STATEMENT, TYPE, AIGO.Instrument.asNode()));
        assertTrue(g.contains(STATEMENT, TYPE, ext("http://www.w3.org/ns/prov#Entity")));
        assertTrue(g.contains(JAPAN, TYPE, AIGO.Actor.asNode()));
        assertTrue(g.contains(JAPAN, TYPE, ext("http://www.w3.org/ns/prov#Agent")));
        // inverse: partyTo, and the inverse's own domain
        assertTrue(g.contains(JAPAN, AIGO.partyTo.asNode(), STATEMENT));
        // clauseOf: subproperty dct:isPartOf, inverse hasClause, domain Clause, range Statement
        assertTrue(g.contains(CLAUSE, ext("http://purl.org/dc/terms/isPartOf"), STATEMENT));
        assertTrue(g.contains(STATEMENT, AIGO.hasClause.asNode(), CLAUSE));
        assertTrue(g.contains(STATEMENT, ext("http://purl.org/dc/terms/hasPart"), CLAUSE), "inverse, then its superproperty");
        assertTrue(g.contains(CLAUSE, TYPE, AIGO.Clause.asNode()));
        assertTrue(g.contains(CLAUSE, TYPE, ext("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String")));
        assertTrue(g.contains(STATEMENT, TYPE, AIGO.Statement.asNode()));
    }

    @Test
    void literalsAreNeverTypedAndUnionRangesAddNothing() {
        Graph g = GraphFactory.createDefaultGraph();
        Node target = uri("https://w3id.org/aigov/id/statement/s/target/1");
        g.add(Triple.create(target, AIGO.targetQuantity.asNode(), NodeFactory.createLiteralString("500")));
        g.add(Triple.create(target, AIGO.from.asNode(), JAPAN));
        rdfs.materialize(g);
        assertTrue(g.contains(target, TYPE, AIGO.Target.asNode()), "domain of targetQuantity");
        assertFalse(g.find(JAPAN, TYPE, Node.ANY).hasNext(), "aigo:from's range is a union: RDFS says nothing about Japan");
        g.find().forEachRemaining(t -> assertFalse(t.getSubject().isLiteral()));
    }

    @Test
    void materialisingTwiceAddsNothingTheSecondTime() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(CLAUSE, AIGO.clauseOf.asNode(), STATEMENT));
        g.add(Triple.create(CLAUSE, AIGO.actor.asNode(), JAPAN));
        assertTrue(rdfs.materialize(g) > 0);
        assertEquals(0, rdfs.materialize(g));
        assertEquals(0, rdfs.entailments(g).size());
    }
}
