package org.aigov.kg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.aigov.kg.vocab.NIF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * N made-up statements' worth of graph, shaped as docs/MODEL.md says (statement, areas, sentences,
 * clauses, shared entities, agreements, targets, relations), for the benchmark. Same seed, same graph.
 */
public final class SyntheticStatements {
    private static final String[] ACTS = {"reaffirm", "decide", "commit", "concur", "welcome", "emphasize", "recognize",
            "acknowledge", "encourage", "highlight", "support", "take-note"};
    private static final String[][] POOLS = {
            {"country", "Country", "40"}, {"person", "Person", "60"}, {"forum", "Forum", "30"},
            {"organization", "Organization", "80"}, {"framework", "Framework", "90"}, {"initiative", "Initiative", "60"},
            {"event", "Event", "50"}};

    private final Iris iris = Iris.standard();
    private final Random random = new Random(42);

    /** A transactional in-memory dataset with one named graph per statement plus a gazetteer graph. */
    public static Dataset dataset(int statements) {
        return new SyntheticStatements().build(statements);
    }

    private Node iri(String s) { return NodeFactory.createURI(s); }
    private Node lit(String s) { return NodeFactory.createLiteralLang(s, "en"); }
    private Node num(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger); }
    private Node p(org.apache.jena.rdf.model.Resource r) { return r.asNode(); }

    private String entity(int pool, int i) {
        return iris.entity(POOLS[pool][0], POOLS[pool][1] + " " + i);
    }

    private int size(int pool) { return Integer.parseInt(POOLS[pool][2]); }

    private Dataset build(int statements) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            Graph gazetteer = GraphFactory.createDefaultGraph();
            for (int pool = 0; pool < POOLS.length; pool++) {
                for (int i = 0; i < size(pool); i++) {
                    Node e = iri(entity(pool, i));
                    gazetteer.add(Triple.create(e, RDF.type.asNode(), iri(AIGO.NS + POOLS[pool][1])));
                    gazetteer.add(Triple.create(e, p(RDFS.label), lit(POOLS[pool][1] + " " + i + (i % 7 == 0 ? ", \"Alpha\" & <Beta>" : ""))));
                    if (i % 3 == 0) gazetteer.add(Triple.create(e, p(RDFS.label), NodeFactory.createLiteralLang("組織 " + i, "ja")));
                }
            }
            ds.asDatasetGraph().addGraph(iri(AIGO.GAZETTEER_GRAPH), gazetteer);
            for (int s = 1; s <= statements; s++) {
                String slug = "synthetic-" + s;
                ds.asDatasetGraph().addGraph(iri(Iris.graph(slug)), statement(slug));
            }
        });
        return ds;
    }

    private Graph statement(String slug) {
        Graph g = GraphFactory.createDefaultGraph();
        Node st = iri(iris.statement(slug));
        Node text = iri(iris.text(slug));
        g.add(Triple.create(st, RDF.type.asNode(), p(AIGO.Statement)));
        g.add(Triple.create(st, p(RDFS.label), lit("Synthetic statement " + slug)));
        g.add(Triple.create(st, p(AIGO.sourceText), text));
        g.add(Triple.create(text, RDF.type.asNode(), p(NIF.Context)));
        Node a = iri(entity(0, random.nextInt(size(0)))), b = iri(entity(0, random.nextInt(size(0))));
        List<Node> parties = List.of(a, b);
        for (Node party : parties) g.add(Triple.create(st, p(AIGO.party), party));
        for (int k = 0; k < 2; k++) {
            Node person = iri(entity(1, random.nextInt(size(1))));
            g.add(Triple.create(st, p(AIGO.signatory), person));
            g.add(Triple.create(person, p(AIGO.represents), parties.get(k)));
        }
        List<Node> areas = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Node area = iri(iris.local(slug, "area", n));
            areas.add(area);
            g.add(Triple.create(area, RDF.type.asNode(), p(AIGO.PriorityArea)));
            g.add(Triple.create(area, p(AIGO.areaOf), st));
            g.add(Triple.create(area, p(AIGO.areaNumber), num(n)));
            g.add(Triple.create(area, p(RDFS.label), lit("Area " + n + " of " + slug)));
        }
        int begin = 0;
        for (int n = 1; n <= 15; n++) {
            Node sentence = iri(iris.local(slug, "sentence", n));
            Node clause = iri(iris.local(slug, "clause", n));
            Node area = areas.get((n - 1) / 5);
            g.add(Triple.create(sentence, RDF.type.asNode(), p(NIF.Sentence)));
            g.add(Triple.create(sentence, p(NIF.referenceContext), text));
            g.add(Triple.create(sentence, p(NIF.beginIndex), num(begin)));
            g.add(Triple.create(sentence, p(NIF.endIndex), num(begin + 100)));
            g.add(Triple.create(sentence, p(AIGO.priorityArea), area));
            begin += 101;
            String act = ACTS[random.nextInt(ACTS.length)];
            g.add(Triple.create(clause, RDF.type.asNode(), p(AIGO.Clause)));
            g.add(Triple.create(clause, p(AIGO.clauseOf), st));
            g.add(Triple.create(st, p(AIGO.hasClause), clause));
            g.add(Triple.create(clause, p(AIGO.sentence), sentence));
            g.add(Triple.create(clause, p(AIGO.speechAct), iri(AIGO.SPEECH_ACT + act)));
            g.add(Triple.create(clause, p(AIGO.priorityArea), area));
            for (Node party : parties) g.add(Triple.create(clause, p(AIGO.actor), party));
            StringBuilder words = new StringBuilder("The two sides " + act + " ");
            for (int m = 0, count = 1 + random.nextInt(3); m < count; m++) {
                int pool = 2 + random.nextInt(POOLS.length - 2);
                Node mentioned = iri(entity(pool, random.nextInt(size(pool))));
                g.add(Triple.create(clause, p(AIGO.mentions), mentioned));
                g.add(Triple.create(sentence, p(AIGO.mentions), mentioned));
                words.append(mentioned.getURI().substring(mentioned.getURI().lastIndexOf('/') + 1)).append(' ');
            }
            g.add(Triple.create(sentence, p(NIF.anchorOf), NodeFactory.createLiteralString(words.toString().trim() + ".")));
        }
        Node wg = iri(entity(3, random.nextInt(size(3))));
        g.add(Triple.create(wg, p(AIGO.coChairedBy), a));
        Node event = iri(entity(6, random.nextInt(size(6))));
        g.add(Triple.create(event, p(AIGO.hostedBy), b));
        g.add(Triple.create(iri(entity(5, random.nextInt(size(5)))), p(AIGO.establishedAt), event));
        g.add(Triple.create(iri(entity(4, random.nextInt(size(4)))), p(AIGO.promotedBy), a));
        Node agreement = iri(iris.local(slug, "agreement", 1));
        g.add(Triple.create(agreement, RDF.type.asNode(), p(AIGO.Agreement)));
        g.add(Triple.create(agreement, p(RDFS.label), lit("MOU of " + slug)));
        for (int k = 0; k < 3; k++) g.add(Triple.create(agreement, p(AIGO.party), iri(entity(3, random.nextInt(size(3))))));
        Node target = iri(iris.local(slug, "target", 1));
        g.add(Triple.create(target, RDF.type.asNode(), p(AIGO.Target)));
        g.add(Triple.create(target, p(RDFS.label), lit("Target of " + slug)));
        g.add(Triple.create(target, p(AIGO.from), a));
        g.add(Triple.create(target, p(AIGO.to), b));
        return g;
    }
}
