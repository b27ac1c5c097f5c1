package org.aigov.kg.graphview;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aigov.kg.export.Fixture;
import org.aigov.kg.export.Network;
import org.aigov.kg.export.NetworkBuilder;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph view's endpoints over HTTP on a loopback port: page, assets, data, node details, bad requests. */
class GraphViewHttpTest {
    private static final String ID = "https://w3id.org/aigov/id/";
    private static Dataset ds;
    private static GraphViewServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        ds = Fixture.dataset();
        server = GraphViewServer.start(ds);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void pageAndAssetsComeFromThisServer() throws Exception {
        HttpResponse<String> page = get("/graph");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("graph/assets/cytoscape.min.js"));
        assertFalse(page.body().matches("(?s).*(src|href)=\"https?://.*"), "no CDN or other remote resource");
        HttpResponse<String> lib = get("/graph/assets/cytoscape.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000 && lib.body().contains("cytoscape"), "the webjar's Cytoscape.js");
        assertEquals("3.33.1", Assets.CYTOSCAPE_VERSION);
        assertEquals(200, get("/graph/assets/graph.js").statusCode());
        assertEquals(404, get("/graph/assets/../graphview/graph.html").statusCode());
        assertEquals(404, get("/graph/assets/pom.xml").statusCode());
    }

    @Test
    void dataHasTheBuildersNodesAndEdges() throws Exception {
        Network expected = new NetworkBuilder(ds).defaultNetwork();
        HttpResponse<String> resp = get("/graph/data.json");
        assertEquals(200, resp.statusCode());
        JsonObject json = JSON.parse(resp.body());
        JsonObject elements = json.get("elements").getAsObject();
        assertEquals(expected.nodes().size(), elements.get("nodes").getAsArray().size());
        assertEquals(expected.edges().size(), elements.get("edges").getAsArray().size());
        assertEquals(2, json.get("statements").getAsArray().size());
        assertTrue(json.get("acts").getAsArray().toString().contains("reaffirm"));
        JsonObject haipData = elements.get("nodes").getAsArray().stream().map(n -> n.getAsObject().get("data").getAsObject())
                .filter(d -> d.getString("id").equals(ID + "framework/hiroshima-ai-process")).findFirst().orElseThrow();
        assertEquals("Hiroshima \"AI\" Process & <Friends>", haipData.getString("label"));
        assertEquals(2, haipData.get("inStatements").getAsArray().size());
        assertEquals(2, haipData.get("areas").getAsArray().size());
    }

    @Test
    void dataForOneStatementAndInJapanese() throws Exception {
        JsonObject two = JSON.parse(get("/graph/data.json?statement=" + enc(ID + "statement/fixture-two")).body());
        assertEquals(4, two.get("elements").getAsObject().get("nodes").getAsArray().size());
        String ja = get("/graph/data.json?lang=ja").body();
        assertTrue(ja.contains("\"日本\""), "Japan's Japanese label");
        assertEquals(404, get("/graph/data.json?statement=" + enc(ID + "statement/none")).statusCode());
        assertEquals(400, get("/graph/data.json?lang=fr").statusCode());
        assertEquals(400, get("/graph/data.json?statement=not-an-iri").statusCode());
    }

    @Test
    void nodeDetailsHaveLabelsSentencesAndPage() throws Exception {
        JsonObject d = JSON.parse(get("/graph/node.json?lang=ja&id=" + enc(ID + "framework/hiroshima-ai-process")).body());
        assertEquals("広島AIプロセス", d.getString("label"));
        assertEquals("/id/framework/hiroshima-ai-process", d.getString("page"));
        assertEquals(3, d.get("sentences").getAsArray().size(), "two sentences in fixture-one, one in fixture-two");
        assertEquals(400, get("/graph/node.json").statusCode());
        assertEquals(405, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/graph/data.json")))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "read-only");
    }
}
