package org.aigov.kg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two numbered meetings of one series in one statement are two events, not one event with two ordinals. */
class EventEditionsTest {
    @Test
    void firstAndThirdMeetingsAreDistinctNodes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("editions.md");
        Files.writeString(f, "# Japan – India note\n\nThe two leaders welcomed the first Japan and India AI Strategic Dialogue held in April 2026. "
                + "They decided to hold the third Japan and India AI Strategic Dialogue in March 2027.\n");
        Dataset ds = new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(f)).dataset();
        String series = "https://w3id.org/aigov/id/event/japan-and-india-ai-strategic-dialogue";
        Txn.executeRead(ds, () -> {
            var dsg = ds.asDatasetGraph();
            assertEquals(List.of("1"), literals(dsg, series, AIGO.ordinal.asNode()));
            assertEquals(List.of("2026-04"), literals(dsg, series, AIGO.date.asNode()));
            assertEquals(List.of("3"), literals(dsg, series + "-3", AIGO.ordinal.asNode()));
            assertEquals(List.of("2027-03"), literals(dsg, series + "-3", AIGO.date.asNode()));
        });
    }

    private static List<String> literals(org.apache.jena.sparql.core.DatasetGraph dsg, String s, Node p) {
        return org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, NodeFactory.createURI(s), p, Node.ANY)).stream()
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().sorted().toList();
    }
}
