package org.aigov.kg.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every export of the fixture, read back by a reader we did not write, has the network's nodes, edges and labels. */
class ReadBackTest {
    private static final String HAIP = "https://w3id.org/aigov/id/framework/hiroshima-ai-process";
    private static final String AISI = "https://w3id.org/aigov/id/initiative/ai-safety-institute-network";
    private static Network network;

    @BeforeAll
    static void build() {
        network = new NetworkBuilder(Fixture.dataset()).defaultNetwork();
        assertTrue(network.nodes().size() > 10 && network.edges().size() > 20, network.toString());
    }

    private static String render(String format) {
        return Fixture.render(NetworkFormats.byName(format).orElseThrow(), network).get("");
    }

    private static String labelOf(String id) {
        return network.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().label();
    }

    private static Graph<String, DefaultEdge> newGraph() {
        return new DirectedPseudograph<>(DefaultEdge.class);
    }

    @Test
    void graphmlReadByJGraphT() {
        Graph<String, DefaultEdge> g = newGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        Map<String, String> labels = new HashMap<>();
        Map<String, String> iris = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attr) -> {
            if (pair.getSecond().equals("label")) labels.put(pair.getFirst(), attr.getValue());
            if (pair.getSecond().equals("iri")) iris.put(attr.getValue(), pair.getFirst());
        });
        importer.importGraph(g, new StringReader(render("graphml")));
        assertEquals(network.nodes().size(), g.vertexSet().size());
        assertEquals(network.edges().size(), g.edgeSet().size());
        assertEquals(network.nodes().size(), iris.size(), "every node carries its IRI");
        assertEquals(labelOf(HAIP), labels.get(iris.get(HAIP)));
        assertEquals(labelOf(AISI), labels.get(iris.get(AISI)));
    }

    @Test
    void gexfReadByJGraphT() {
        Graph<String, DefaultEdge> target = new DirectedPseudograph<>(new java.util.function.Supplier<String>() {
            int i = 0;
            @Override public String get() { return "v" + i++; }
        }, DefaultEdge::new, false);
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        // JGraphT bundles the GEXF 1.2draft schema only; our file is 1.3, so its structure is checked below instead.
        importer.setSchemaValidation(false);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attr) -> {
            if (pair.getSecond().equals("label")) labels.put(pair.getFirst(), attr.getValue());
        });
        importer.importGraph(target, new StringReader(render("gexf")));
        assertEquals(network.nodes().size(), target.vertexSet().size());
        assertEquals(network.edges().size(), target.edgeSet().size());
        assertTrue(labels.containsValue(labelOf(HAIP)), labels.toString());
        assertTrue(labels.containsValue(labelOf(AISI)), labels.toString());
    }

    @Test
    void gexfHasTheVersion13Structure() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(render("gexf").getBytes(StandardCharsets.UTF_8)));
        String ns = "http://gexf.net/1.3";
        assertEquals("gexf", doc.getDocumentElement().getLocalName());
        assertEquals(ns, doc.getDocumentElement().getNamespaceURI());
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        assertEquals(1, doc.getElementsByTagNameNS(ns, "graph").getLength());
        assertEquals(network.nodes().size(), doc.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(network.edges().size(), doc.getElementsByTagNameNS(ns, "edge").getLength());
        assertEquals(network.nodes().size(), doc.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color").getLength());
    }

    @Test
    void dotReadByJGraphT() {
        Graph<String, DefaultEdge> g = newGraph();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attr) -> { if (pair.getSecond().equals("label")) labels.put(pair.getFirst(), attr.getValue()); });
        importer.importGraph(g, new StringReader(render("dot")));
        assertEquals(network.nodes().size(), g.vertexSet().size());
        assertEquals(network.edges().size(), g.edgeSet().size());
        assertEquals(labelOf(HAIP), labels.get(HAIP));
        assertEquals(labelOf(AISI), labels.get(AISI));
    }

    @Test
    void dotRendersWithGraphviz(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("dot"), "Graphviz 'dot' is not on PATH");
        Path in = dir.resolve("fixture.dot");
        Files.writeString(in, render("dot"), StandardCharsets.UTF_8);
        Path svg = dir.resolve("fixture.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), in.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dot did not finish");
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), messages);
        assertFalse(messages.toLowerCase().contains("error"), messages);
        String out = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(out.contains("<svg"), "no SVG written");
        assertTrue(out.contains("Hiroshima &quot;AI&quot; Process &amp; &lt;Friends&gt;") || out.contains("Hiroshima &#34;AI&#34; Process &amp; &lt;Friends&gt;"),
                "the label survives the round trip through dot");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) return true;
        }
        return false;
    }

    @Test
    void cytoscapeJsonReadByJenaJson() {
        JsonObject root = JSON.parse(render("cytoscape"));
        JsonArray nodes = root.get("elements").getAsObject().get("nodes").getAsArray();
        JsonArray edges = root.get("elements").getAsObject().get("edges").getAsArray();
        assertEquals(network.nodes().size(), nodes.size());
        assertEquals(network.edges().size(), edges.size());
        Map<String, String> labels = new HashMap<>();
        nodes.forEach(n -> labels.put(n.getAsObject().get("data").getAsObject().getString("id"), n.getAsObject().get("data").getAsObject().getString("label")));
        assertEquals(labelOf(HAIP), labels.get(HAIP));
        assertEquals(labelOf(AISI), labels.get(AISI));
        edges.forEach(e -> {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            assertTrue(labels.containsKey(d.getString("source")) && labels.containsKey(d.getString("target")), "dangling edge " + d);
        });
    }

    @Test
    void csvReadByAPlainParser() {
        Map<String, String> parts = Fixture.render(NetworkFormats.byName("csv").orElseThrow(), network);
        List<List<String>> nodes = PlainCsv.parse(parts.get("nodes"));
        List<List<String>> edges = PlainCsv.parse(parts.get("edges"));
        assertEquals(List.of("Id", "Label", "Type", "Statements"), nodes.get(0));
        assertEquals(List.of("Source", "Target", "Type", "Label", "Weight", "Relation"), edges.get(0));
        assertEquals(network.nodes().size(), nodes.size() - 1);
        assertEquals(network.edges().size(), edges.size() - 1);
        Map<String, String> labels = new HashMap<>();
        nodes.stream().skip(1).forEach(r -> { assertEquals(4, r.size(), r.toString()); labels.put(r.get(0), r.get(1)); });
        assertEquals(labelOf(HAIP), labels.get(HAIP));
        assertEquals(labelOf(AISI), labels.get(AISI));
        assertEquals(labelOf("https://w3id.org/aigov/id/organization/meti"), labels.get("https://w3id.org/aigov/id/organization/meti"));
        edges.stream().skip(1).forEach(r -> {
            assertEquals(6, r.size(), r.toString());
            assertEquals("Directed", r.get(2));
            assertTrue(labels.containsKey(r.get(0)) && labels.containsKey(r.get(1)), "dangling edge " + r);
        });
    }
}
