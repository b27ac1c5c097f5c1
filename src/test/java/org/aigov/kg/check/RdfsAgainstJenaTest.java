package org.aigov.kg.check;

import org.aigov.kg.source.RdfFiles;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The hand-written closure agrees with Jena's generic RDFS reasoner, and how much faster it is (reported, not asserted). */
class RdfsAgainstJenaTest {

    private static boolean interesting(Triple t) {
        // Jena also derives rdfs:Resource types, reflexive subproperty facts and schema triples: not ours to compare.
        if (t.getSubject().isLiteral() || t.getObject().equals(OWL.Thing.asNode())) return false;
        if (t.getObject().isURI() && (t.getObject().getURI().startsWith(RDFS.getURI()) || t.getObject().getURI().startsWith(RDF.getURI()))) return false;
        if (t.getPredicate().getURI().startsWith(RDFS.getURI())) return false;
        return !t.getPredicate().getURI().startsWith(RDF.getURI() + "_");
    }

    @Test
    void sameTypesAndPropertiesAsJenasRdfsReasonerOnTheFixture() {
        Graph ontology = OntologyFiles.load(Fixtures.ontologyDir());
        Graph data = RdfFiles.read(Fixtures.file("valid-statement.trig"));
        Set<Triple> ours = new RdfsMaterializer(ontology).entailments(data).find().toSet();

        // Ours also applies owl:inverseOf, which RDFS does not: give Jena those inverse triples as data,
        // then both closures must agree exactly.
        Set<Node> inverseProperties = new java.util.HashSet<>();
        ontology.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            inverseProperties.add(t.getSubject());
            inverseProperties.add(t.getObject());
        });
        Graph input = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(input::add);
        ours.stream().filter(t -> inverseProperties.contains(t.getPredicate())).forEach(input::add);

        InfModel jena = ModelFactory.createInfModel(ReasonerRegistry.getRDFSReasoner(),
                ModelFactory.createModelForGraph(ontology), ModelFactory.createModelForGraph(input));
        // Compare on the data's own resources; blank-node classes (unions) are beyond RDFS closure by design.
        Set<Node> resources = new java.util.HashSet<>();
        data.find().forEachRemaining(t -> { resources.add(t.getSubject()); resources.add(t.getObject()); });
        Set<Triple> jenaEntailed = jena.getGraph().find().toSet().stream()
                .filter(t -> !data.contains(t) && !ontology.contains(t) && interesting(t))
                .filter(t -> resources.contains(t.getSubject()) && !t.getObject().isBlank())
                .collect(Collectors.toSet());
        Set<Triple> oursComparable = ours.stream().filter(t -> !ontology.contains(t)).collect(Collectors.toSet());

        List<String> missing = new ArrayList<>();
        for (Triple t : jenaEntailed) if (!oursComparable.contains(t)) missing.add(t.toString());
        assertTrue(missing.isEmpty(), "Jena's RDFS derives what we do not:\n" + String.join("\n", missing));
        List<String> extra = new ArrayList<>();
        for (Triple t : oursComparable) if (!jenaEntailed.contains(t)) extra.add(t.toString());
        assertTrue(extra.isEmpty(), "we derive what RDFS (plus inverses) does not:\n" + String.join("\n", extra));
        assertTrue(ours.size() > 50, "a fixture this size has many entailments: " + ours.size());
    }

    @Test
    void reportsTheSpeedRatioOnASyntheticCorpus() {
        Graph ontology = OntologyFiles.load(Fixtures.ontologyDir());
        Graph data = GraphFactory.createDefaultGraph();
        String id = "https://w3id.org/aigov/id/";
        for (int s = 0; s < 300; s++) {
            Node st = NodeFactory.createURI(id + "statement/s" + s);
            data.add(Triple.create(st, RDF.type.asNode(), AIGO.Statement.asNode()));
            data.add(Triple.create(st, AIGO.party.asNode(), NodeFactory.createURI(id + "country/c" + (s % 40))));
            for (int c = 1; c <= 30; c++) {
                Node cl = NodeFactory.createURI(id + "statement/s" + s + "/clause/" + c);
                data.add(Triple.create(cl, AIGO.clauseOf.asNode(), st));
                data.add(Triple.create(cl, AIGO.actor.asNode(), NodeFactory.createURI(id + "country/c" + (c % 40))));
                data.add(Triple.create(cl, AIGO.speechAct.asNode(), AIGO.speechAct("reaffirm").asNode()));
                data.add(Triple.create(cl, AIGO.mentions.asNode(), NodeFactory.createURI(id + "forum/f" + (c % 7))));
            }
        }
        new RdfsMaterializer(ontology).entailments(data); // warm-up, so the ratio compares steady code
        long t0 = System.nanoTime();
        int ours = new RdfsMaterializer(ontology).entailments(data).size();
        long t1 = System.nanoTime();
        InfModel jena = ModelFactory.createInfModel(ReasonerRegistry.getRDFSReasoner(),
                ModelFactory.createModelForGraph(ontology), ModelFactory.createModelForGraph(data));
        long jenaSize = jena.getGraph().find().toList().size(); // listing forces the whole closure
        long t2 = System.nanoTime();
        System.out.printf("RDFS closure of %d triples: ours %d new triples in %d ms; Jena RDFS reasoner %d triples in %d ms (%.1fx)%n",
                data.size(), ours, (t1 - t0) / 1_000_000, jenaSize, (t2 - t1) / 1_000_000, (double) (t2 - t1) / Math.max(1, t1 - t0));
        assertTrue(ours > data.size(), "every clause gains types and inverse triples");
    }
}
