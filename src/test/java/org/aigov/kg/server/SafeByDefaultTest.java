package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigov.kg.store.StoreOps;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Each safety default of docs/SERVER.md, tested on a server started on port 0. */
class SafeByDefaultTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private static long count(ServerFixture f) throws Exception {
        HttpResponse<String> r = f.query(COUNT, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .next().getLiteral("n").getLexicalForm());
    }

    private static void assert4xx(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            long before = count(f);
            long quadsBefore = StoreOps.countQuads(f.data.dataset());
            String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
            String clear = "DROP ALL";
            String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
            assert4xx(f.send("POST", "/aigov/update", "application/sparql-update", update), "POST /aigov/update");
            assert4xx(f.send("POST", "/aigov/sparql", "application/sparql-update", update), "sparql-update body to /aigov/sparql");
            assert4xx(f.send("POST", "/aigov/sparql", "application/x-www-form-urlencoded", "update=" + ServerFixture.enc(clear)), "update= form to /aigov/sparql");
            assert4xx(f.send("POST", "/aigov", "application/sparql-update", clear), "sparql-update body to /aigov");
            assert4xx(f.send("PUT", "/aigov/data?default", "text/turtle", turtle), "GSP PUT default");
            assert4xx(f.send("POST", "/aigov/data?graph=" + ServerFixture.enc("urn:x:g"), "text/turtle", turtle), "GSP POST named");
            assert4xx(f.send("PUT", "/aigov/data?graph=" + ServerFixture.enc("https://w3id.org/aigov/graph/fixture-statement"), "text/turtle", turtle), "GSP PUT over a statement graph");
            assert4xx(f.send("DELETE", "/aigov/data?graph=" + ServerFixture.enc("https://w3id.org/aigov/graph/fixture-statement"), "text/plain", ""), "GSP DELETE");
            assert4xx(f.send("POST", "/aigov", "text/turtle", turtle), "upload to the dataset");
            assertEquals(before, count(f), "data changed after refused writes");
            // Second line: the served dataset refuses write transactions itself.
            assertThrows(RuntimeException.class, () -> f.server.context().dataset().begin(org.apache.jena.query.TxnType.WRITE));
            assertThrows(RuntimeException.class, () -> f.server.context().dataset().begin(org.apache.jena.query.ReadWrite.WRITE));
            org.apache.jena.sparql.core.DatasetGraph served = f.server.context().dataset();
            served.begin(org.apache.jena.query.TxnType.READ_PROMOTE);
            try {
                assertTrue(!served.promote(), "a read transaction was promoted to write");
                org.apache.jena.graph.Node x = org.apache.jena.graph.NodeFactory.createURI("urn:x:x");
                assertThrows(UnsupportedOperationException.class, () -> served.add(x, x, x, x));
                assertThrows(UnsupportedOperationException.class, () -> served.deleteAny(null, null, null, null));
                assertThrows(RuntimeException.class, () -> served.getDefaultGraph().add(x, x, x));
            } finally {
                served.end();
            }
            assertEquals(quadsBefore, StoreOps.countQuads(f.data.dataset()));
        } finally {
            f.close();
        }
    }

    @Test
    void serviceIsRefusedWithoutAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ServerFixture f = new ServerFixture();
            try {
                String target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
                String[] queries = {
                        "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }",
                        "SELECT * { ?x ?y ?z OPTIONAL { SERVICE SILENT <" + target + "> { ?s ?p ?o } } }",
                        "SELECT * { { SELECT ?s { SERVICE <" + target + "> { ?s ?p ?o } } } }",
                        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + target + "> { ?s ?q ?r } } }",
                        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                };
                for (String q : queries) {
                    HttpResponse<String> r = f.query(q, "application/sparql-results+json");
                    assertEquals(400, r.statusCode(), q + " -> " + r.body());
                    assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
                    HttpResponse<String> post = f.send("POST", "/aigov/sparql", "application/sparql-query", q);
                    assertEquals(400, post.statusCode(), "POST " + q + " -> " + post.body());
                }
                assertEquals(200, f.query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode(), "server still answers");
            } finally {
                f.close();
            }
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "the server connected to the loopback listener");
        }
    }

    @Test
    void arqRefusesServiceEvenIfTheQueryCheckWereBypassed() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ServerFixture f = new ServerFixture();
            try {
                String q = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
                // Run directly on the served dataset with its context, skipping the HTTP handler's check.
                assertThrows(RuntimeException.class, () -> {
                    try (QueryExec qe = QueryExec.dataset(f.server.context().dataset()).query(QueryFactory.create(q)).build()) {
                        qe.select().materialize();
                    }
                });
            } finally {
                f.close();
            }
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "ARQ connected to the loopback listener");
        }
    }

    @Test
    void regularExpressionsWithoutATimeBoundAreRefusedOrCutOff() throws Exception {
        ServerFixture f = new ServerFixture(b -> b.timeout(Duration.ofSeconds(1)));
        try {
            String aaa = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"";
            String split = "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT (COUNT(*) AS ?n) { ?w apf:strSplit (" + aaa + " \"(.*a){12}x\") }";
            String splitOldNamespace = "SELECT * { FILTER EXISTS { ?w <http://jena.hpl.hp.com/ARQ/property#strSplit> (" + aaa + " \"(.*a){12}x\") } }";
            String splitInSubquery = "SELECT * { { SELECT ?w { ?w <http://jena.apache.org/ARQ/property#strSplit> (" + aaa + " \"a\") } } }";
            for (String q : new String[] {split, splitOldNamespace, splitInSubquery}) {
                HttpResponse<String> r = f.query(q, "application/sparql-results+json");
                assertEquals(400, r.statusCode(), q + " answered " + r.statusCode());
                assertTrue(r.body().contains("apf:strSplit is not allowed"), r.body());
            }
            assertTrue(count(f) > 0); // warm: the first request loads classes, which is not the timeout's doing
            for (String matcher : new String[] {"<http://www.w3.org/2005/xpath-functions#matches>", "<http://www.w3.org/ns/sparql#regex>"}) {
                String matches = "SELECT (COUNT(*) AS ?n) { VALUES ?x { " + aaa + " } FILTER(" + matcher + "(?x, \"(.*a){12}x\")) }";
                long t0 = System.nanoTime();
                HttpResponse<String> r = f.query(matches, "application/sparql-results+json");
                long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r.statusCode(), matcher + " with a catastrophic pattern: " + r.body());
                assertTrue(elapsedMs < 3000, matcher + " ran " + elapsedMs + " ms past a 1 s timeout");
            }
            // Named by Java class, the unbounded implementations are unknown functions: an unbound value at once.
            for (String byClass : new String[] {"<java:org.apache.jena.sparql.function.library.FN_Matches>",
                                                "<http://jena.apache.org/ARQ/function#FN_Matches>"}) {
                String q = "SELECT ?m { VALUES ?x { " + aaa + " } BIND(" + byClass + "(?x, \"(.*a){12}x\") AS ?m) }";
                long t0 = System.nanoTime();
                HttpResponse<String> r = f.query(q, "text/csv");
                long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(200, r.statusCode(), byClass + ": " + r.body());
                assertEquals("m", r.body().strip(), byClass + " was evaluated: " + r.body());
                assertTrue(elapsedMs < 3000, byClass + " ran " + elapsedMs + " ms");
            }
            assertTrue(count(f) > 0, "server stopped answering");
        } finally {
            f.close();
        }
    }

    @Test
    void timeoutFiresOnAPathologicalQueryAndTheServerGoesOn() throws Exception {
        ServerFixture f = new ServerFixture(b -> b.timeout(Duration.ofSeconds(1)));
        try {
            String cross = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o FILTER(str(?c) != str(?o)) } ORDER BY ?c ?f ?i ?l ?o LIMIT 5";
            assertTrue(count(f) > 0); // warm up: the first request loads classes, which is not the timeout's doing
            long t0 = System.nanoTime();
            HttpResponse<String> r = f.query(cross, "application/sparql-results+json");
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(r.statusCode() >= 400, "a 5-way cross join finished within the 1 s timeout: " + r.statusCode());
            assertTrue(elapsedMs < 3000, "timeout of 1 s took " + elapsedMs + " ms to fire");
            assertEquals(503, r.statusCode(), "expected Fuseki's timeout answer: " + r.body());
            t0 = System.nanoTime();
            HttpResponse<String> count = f.query("SELECT (COUNT(*) AS ?total) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }", "text/csv");
            elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, count.statusCode(), "count over the cross join: " + count.body());
            assertTrue(elapsedMs < 3000, "timeout of 1 s took " + elapsedMs + " ms to fire on COUNT");
            assertTrue(count(f) > 0, "server stopped answering after a timeout");
        } finally {
            f.close();
        }
    }

    @Test
    void requestsAreBounded() throws Exception {
        ServerFixture f = new ServerFixture(b -> b.maxRequestBytes(4000));
        try {
            String pad = "#" + "x".repeat(5000) + "\n";
            HttpResponse<String> longUrl = f.query(pad + "ASK {}", "application/sparql-results+json");
            assertTrue(longUrl.statusCode() == 414 || longUrl.statusCode() == 431, "long URL: " + longUrl.statusCode());
            assertEquals(413, f.send("POST", "/aigov/sparql", "application/sparql-query", pad + "ASK {}").statusCode());
            assertEquals(413, f.send("POST", "/aigov/sparql", "application/x-www-form-urlencoded", "query=" + ServerFixture.enc(pad + "ASK {}")).statusCode());
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(f.url("/aigov/sparql")))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream((pad + "ASK {}").getBytes(StandardCharsets.UTF_8))))
                    .build();
            assertEquals(413, f.http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode(), "chunked body over the limit");
            HttpRequest smallChunked = HttpRequest.newBuilder(URI.create(f.url("/aigov/sparql")))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8))))
                    .build();
            HttpResponse<String> ok = f.http.send(smallChunked, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("true"), ok.body());
        } finally {
            f.close();
        }
    }

    @Test
    void defaultBodyLimitIs100KB() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            assertEquals(100 * 1024, f.server.maxRequestBytes());
            String big = "#" + "x".repeat(101 * 1024) + "\nASK {}";
            assertEquals(413, f.send("POST", "/aigov/sparql", "application/sparql-query", big).statusCode());
            String fits = "#" + "x".repeat(90 * 1024) + "\nASK {}";
            assertEquals(200, f.send("POST", "/aigov/sparql", "application/sparql-query", fits).statusCode());
        } finally {
            f.close();
        }
    }

    @Test
    void selectRowsAreCapped() throws Exception {
        ServerFixture f = new ServerFixture(b -> b.maxRows(3));
        try {
            HttpResponse<String> r = f.query("SELECT * { ?s ?p ?o }", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(1 + 3, r.body().strip().split("\r?\n").length, r.body());
            assertEquals("3", r.headers().firstValue(GuardedQueryService.ROW_CAP_HEADER).orElse(null));
            HttpResponse<String> small = f.query("SELECT * { ?s ?p ?o } LIMIT 2", "text/csv");
            assertEquals(1 + 2, small.body().strip().split("\r?\n").length, small.body());
            assertTrue(small.headers().firstValue(GuardedQueryService.ROW_CAP_HEADER).isEmpty());
        } finally {
            f.close();
        }
        ServerFixture d = new ServerFixture();
        try {
            assertEquals(10_000, d.server.maxRows());
        } finally {
            d.close();
        }
    }

    @Test
    void bindsLoopbackByDefault() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            assertEquals("127.0.0.1", f.server.host());
            for (Connector c : f.server.fuseki().getJettyServer().getConnectors()) {
                assertEquals("127.0.0.1", ((ServerConnector) c).getHost());
            }
            assertTrue(f.server.url().startsWith("http://127.0.0.1:" + f.server.port() + "/"));
        } finally {
            f.close();
        }
    }

    @Test
    void corsAllowsGetFromAnyOrigin() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            HttpResponse<String> r = f.get("/aigov/sparql?query=" + ServerFixture.enc("ASK {}"), "Origin", "http://analyst.example", "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)"));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "credentials must not be allowed");
            HttpResponse<String> preflight = f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.url("/aigov/sparql")))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://analyst.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(preflight.statusCode() / 100 == 2, "preflight: " + preflight.statusCode());
            assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        } finally {
            f.close();
        }
    }
}
