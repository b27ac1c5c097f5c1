package org.aigov.kg.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** The default network and query-defined networks built from the fixture. */
class NetworkBuilderTest {
    private static final String ID = "https://w3id.org/aigov/id/";
    private final Dataset ds = Fixture.dataset();

    private static Node node(Network n, String id) {
        return n.nodes().stream().filter(x -> x.id().equals(ID + id)).findFirst().orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static List<Edge> edges(Network n, String source, String target) {
        return n.edges().stream().filter(e -> e.source().equals(ID + source) && e.target().equals(ID + target)).toList();
    }

    @Test
    void defaultNetworkHasTheEntitiesStatementsReferTo() {
        Network n = new NetworkBuilder(ds).defaultNetwork();
        Set<String> ids = n.nodes().stream().map(Node::id).collect(Collectors.toSet());
        // The United Nations is only in the gazetteer: no statement names it.
        assertFalse(ids.contains(ID + "forum/united-nations"), ids.toString());
        // Statements, clauses, sentences are not nodes.
        assertTrue(ids.stream().noneMatch(i -> i.endsWith("/fixture-one") || i.contains("/clause/") || i.contains("/sentence/")), ids.toString());
        assertEquals("Forum", node(n, "forum/oecd").type(), "most specific type wins over Organization");
        assertEquals("Agreement", node(n, "statement/fixture-one/agreement/1").type());
        assertEquals("Target", node(n, "statement/fixture-one/target/1").type());
        assertEquals(2, node(n, "country/japan").statementCount());
        assertEquals(1, node(n, "country/india").statementCount());
        assertEquals(2, node(n, "framework/hiroshima-ai-process").statementCount());
        assertEquals("Hiroshima \"AI\" Process & <Friends>", node(n, "framework/hiroshima-ai-process").label());
        assertEquals(16, n.nodes().size(), ids.toString());
        assertEquals("AIセーフティ・インスティテュート, \"日本\"; ネットワーク", node(n, "initiative/ai-safety-institute-network").label(),
                "a label in another language when there is no English one");
    }

    @Test
    void clauseEdgesAreWeightedBySpeechAct() {
        Network n = new NetworkBuilder(ds).defaultNetwork();
        List<Edge> japanHaip = edges(n, "country/japan", "framework/hiroshima-ai-process");
        Map<String, Double> byAct = japanHaip.stream().collect(Collectors.toMap(Edge::label, Edge::weight));
        assertEquals(Map.of("reaffirm", 2.0, "welcome", 1.0), byAct);
        assertTrue(japanHaip.stream().allMatch(e -> e.relation().equals("clause")));
        assertEquals(List.of(new Edge(ID + "country/india", ID + "framework/hiroshima-ai-process", "clause", "reaffirm", 2)),
                edges(n, "country/india", "framework/hiroshima-ai-process"), "India reaffirmed it in clauses 1 and 4");
    }

    @Test
    void typedRelationsPointTheWayTheModelSays() {
        Network n = new NetworkBuilder(ds).defaultNetwork();
        assertEquals("co-chaired-by", edges(n, "organization/safe-and-trusted-ai-working-group", "country/japan").get(0).relation());
        assertEquals("hosted-by", edges(n, "event/india-ai-impact-summit", "country/india").get(0).relation());
        assertEquals("promoted-by", edges(n, "framework/mahasagar", "country/india").get(0).relation());
        assertEquals("established-at", edges(n, "initiative/trusted-ai-commons", "event/india-ai-impact-summit").get(0).relation());
        assertEquals(List.of("party"), edges(n, "statement/fixture-one/agreement/1", "organization/meti").stream().map(Edge::relation).toList());
        assertEquals("from", edges(n, "country/india", "statement/fixture-one/target/1").stream()
                .filter(e -> !e.relation().equals("clause")).findFirst().orElseThrow().relation());
        assertEquals("to", edges(n, "statement/fixture-one/target/1", "country/japan").get(0).relation());
        assertEquals("represents", edges(n, "person/narendra-modi", "country/india").get(0).relation());
    }

    @Test
    void orderIsStable() {
        Network n = new NetworkBuilder(ds).defaultNetwork();
        List<String> ids = n.nodes().stream().map(Node::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(n.edges().stream().sorted().toList(), n.edges());
        assertEquals(n.edges(), new NetworkBuilder(Fixture.dataset()).defaultNetwork().edges());
    }

    @Test
    void labelsFollowTheChosenLanguage() {
        Network ja = new NetworkBuilder(ds).language("ja").defaultNetwork();
        assertEquals("日本", node(ja, "country/japan").label());
        assertEquals("MAHASAGAR", node(ja, "framework/mahasagar").label(), "falls back to English");
        Network hi = new NetworkBuilder(ds).language("hi").defaultNetwork();
        assertEquals("भारत", node(hi, "country/india").label());
    }

    @Test
    void restrictedToOneStatement() {
        Network two = new NetworkBuilder(ds).restrictTo(ID + "statement/fixture-two").defaultNetwork();
        assertEquals(Set.of(ID + "country/japan", ID + "forum/oecd", ID + "framework/hiroshima-ai-process", ID + "initiative/ai-safety-institute-network"),
                two.nodes().stream().map(Node::id).collect(Collectors.toSet()));
        assertEquals(2, two.edges().size(), two.edges().toString());
        assertTrue(two.edges().stream().allMatch(e -> e.label().equals("welcome")), two.edges().toString());
        assertEquals("Framework", node(two, "framework/hiroshima-ai-process").type(), "typed in the other statement's graph");
        assertEquals("Japan", node(two, "country/japan").label(), "labels still come from the gazetteer");
        assertThrows(BadInputException.class, () -> new NetworkBuilder(ds).restrictTo(ID + "statement/nope"));
    }

    @Test
    void selectQueryDefinesTheNetwork() {
        Network forums = new NetworkBuilder(ds).fromQuery(ExportQueries.resolve("forums"));
        // Japan: clause 2 mentions OECD and G20; Japan and the OECD are parties of fixture-two.
        assertEquals(Map.of(ID + "forum/g20", 1.0, ID + "forum/oecd", 2.0), forums.edges().stream()
                .filter(e -> e.source().equals(ID + "country/japan")).collect(Collectors.toMap(Edge::target, Edge::weight)));
        assertEquals("Country", node(forums, "country/japan").type());
        assertEquals(4, forums.nodes().size(), "Japan, India, the OECD, the G20");
    }

    @Test
    void constructQueryDefinesTheNetwork() {
        Network agreements = new NetworkBuilder(ds).fromQuery(ExportQueries.resolve("agreements"));
        assertEquals(2, agreements.edges().size());
        assertEquals(3, agreements.nodes().size());
        assertEquals("Indian Institute of Technology, Bombay", node(agreements, "organization/indian-institute-of-technology-bombay").label());
        assertEquals("Organization", node(agreements, "organization/meti").type());
        assertEquals("party", agreements.edges().get(0).relation());
    }

    @Test
    void badQueriesAreBadInput() {
        BadInputException parse = assertThrows(BadInputException.class, () -> ExportQueries.parse("q.rq", "SELECT ?x WHERE {\n ?x ?y"));
        assertTrue(parse.location().startsWith("q.rq"), parse.location());
        BadInputException shape = assertThrows(BadInputException.class, () -> ExportQueries.parse("q.rq", "SELECT ?a ?b WHERE { ?a ?p ?b }"));
        assertTrue(shape.getMessage().contains("?source"), shape.getMessage());
        assertThrows(BadInputException.class, () -> ExportQueries.parse("q.rq", "ASK { ?a ?p ?b }"));
        assertThrows(BadInputException.class, () -> ExportQueries.resolve("no-such-query"));
    }
}
