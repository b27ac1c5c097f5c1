package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same input, same graph: across runs, and whether statements are built together or one at a time. */
class BuildDeterminismTest {
    private static final Path SEED = Path.of("data/statements/japan-india-ai-2026.md");
    private static final Path OECD = Path.of("src/test/resources/statements/oecd-ministerial-ai-declaration-2026.md");

    static Map<String, Graph> together;

    @BeforeAll
    static void buildTogether() {
        together = graphs(build(SEED, OECD));
    }

    private static Dataset build(Path... files) {
        return new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(files)).dataset();
    }

    private static Map<String, Graph> graphs(Dataset ds) {
        Map<String, Graph> out = new TreeMap<>();
        ds.begin(TxnType.READ);
        try {
            List<Node> names = new ArrayList<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            for (Node n : names) {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                ds.asDatasetGraph().getGraph(n).find().forEachRemaining(copy::add);
                out.put(n.getURI(), copy);
            }
        } finally {
            ds.end();
        }
        return out;
    }

    @Test
    void buildingTwiceGivesIsomorphicGraphs() {
        Map<String, Graph> again = graphs(build(SEED, OECD));
        assertEquals(together.keySet(), again.keySet());
        together.forEach((name, g) -> assertTrue(g.isIsomorphicWith(again.get(name)), "graph " + name + " differs between runs"));
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheGraphs() {
        Path dir = Path.of("src/test/resources/statements");
        List<Path> all = List.of(SEED, OECD, dir.resolve("australia-japan-us-ai-infrastructure-2026.md"),
                dir.resolve("eu-japan-digital-partnership-2026.md"), dir.resolve("france-india-ai-roadmap-2026.md"));
        Map<String, Graph> one = graphs(new KnowledgeGraphBuilder(BuildOptions.defaults().withThreads(1)).build(all).dataset());
        Map<String, Graph> four = graphs(new KnowledgeGraphBuilder(BuildOptions.defaults().withThreads(4)).build(all).dataset());
        assertEquals(5, one.size() - 2, "statement graphs besides ontology and gazetteer");
        assertEquals(one.keySet(), four.keySet());
        one.forEach((name, g) -> assertTrue(g.isIsomorphicWith(four.get(name)), "graph " + name + " differs between 1 and 4 threads"));
    }

    @Test
    void oneAtATimeGivesTheSameUnionAsTogether() {
        Map<String, Graph> union = new TreeMap<>(graphs(build(SEED)));
        graphs(build(OECD)).forEach((name, g) -> {
            Graph prior = union.putIfAbsent(name, g);
            if (prior != null) assertTrue(prior.isIsomorphicWith(g), "shared graph " + name + " depends on what else was built");
        });
        assertEquals(together.keySet(), union.keySet());
        together.forEach((name, g) -> assertTrue(g.isIsomorphicWith(union.get(name)), "graph " + name + " depends on what else was built"));
    }

    @Test
    void twoStatementsThatMentionTheOecdShareOneNode() {
        Node oecd = NodeFactory.createURI(Iris.DEFAULT_BASE + "forum/oecd");
        for (String slug : List.of("japan-india-ai-2026", "oecd-ministerial-ai-declaration-2026")) {
            Graph g = together.get(Iris.graph(slug));
            assertTrue(g.contains(Node.ANY, AIGO.mentions.asNode(), oecd), slug + " should mention " + oecd);
        }
        long oecdNodes = together.get(AIGO.GAZETTEER_GRAPH).find(Node.ANY, AIGO.acronym.asNode(), NodeFactory.createLiteralString("OECD")).toList().size();
        assertEquals(1, oecdNodes);
    }
}
