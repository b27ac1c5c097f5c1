package org.aigov.kg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigov.kg.cli.Main;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandTest {
    private static final String G1 = "https://w3id.org/aigov/graph/alpha";
    private static final String G2 = "https://w3id.org/aigov/graph/beta";

    @TempDir Path tmp;
    Path trig;

    private record Outcome(int code, String out, String err) {}

    @BeforeEach
    void writeFixture() throws Exception {
        trig = tmp.resolve("aigov.trig");
        Files.writeString(trig, """
                @prefix aigo: <https://w3id.org/aigov/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix st: <https://w3id.org/aigov/id/statement/> .
                @prefix co: <https://w3id.org/aigov/id/country/> .
                <%s> { st:alpha a aigo:Statement ; rdfs:label "Alpha"@en ; aigo:party co:japan, co:india .
                       co:japan a aigo:Country . }
                <%s> { st:beta a aigo:Statement ; rdfs:label "Beta"@en ; aigo:party co:japan . }
                """.formatted(G1, G2));
    }

    private static Outcome run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Outcome(cli.execute(args), out.toString(), err.toString());
    }

    private static String url(FusekiServer server, String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    @Test
    void pushesEveryGraphVerifiesCountsAndIsIdempotent() {
        Dataset remote = DatasetFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", remote, true).build().start();
        try {
            Outcome first = run("publish", "--to", url(server, "/ds"), "--from", trig.toString());
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("published 2 graphs (8 triples)"), first.out());
            Outcome again = run("publish", "--to", url(server, "/ds"), "--from", trig.toString());
            assertEquals(0, again.code(), again.err());
            DatasetGraph local = RDFDataMgr.loadDatasetGraph(trig.toString());
            remote.begin(ReadWrite.READ);
            try {
                for (String g : List.of(G1, G2)) {
                    var n = NodeFactory.createURI(g);
                    assertTrue(local.getGraph(n).isIsomorphicWith(remote.asDatasetGraph().getGraph(n)), g);
                }
                assertEquals(2, remote.asDatasetGraph().size());
            } finally {
                remote.end();
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void buildsStatementsGivenAsPathsAndPublishesThem() {
        Dataset remote = DatasetFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", remote, true).build().start();
        try {
            Outcome o = run("publish", "--to", url(server, "/ds"), "data/statements/japan-india-ai-2026.md");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("pushed <https://w3id.org/aigov/graph/japan-india-ai-2026>"), o.out());
            assertTrue(o.out().contains("remote counts verified"), o.out());
        } finally {
            server.stop();
        }
    }

    @Test
    void readOnlyRemoteIsRefusedWithExitTwoAndNothingPushed() {
        FusekiServer server = FusekiServer.create().loopback(true).port(0)
                .add("/ro", DatasetFactory.createTxnMem(), false).build().start();
        try {
            Outcome o = run("publish", "--to", url(server, "/ro"), "--from", trig.toString());
            assertEquals(2, o.code(), o.out() + o.err());
            assertTrue(o.err().contains("refused by the remote"), o.err());
            assertTrue(o.err().contains("no graph was pushed"), o.err());
        } finally {
            server.stop();
        }
    }

    @Test
    void unreachableRemoteExitsTwoWithClearMessage() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        Outcome o = run("publish", "--to", "http://127.0.0.1:" + freePort + "/ds", "--from", trig.toString(),
                "--connect-timeout", "2s");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("unreachable"), o.err());
    }

    @Test
    void silentRemoteTimesOutWithExitOne() throws Exception {
        // Accepts connections and never answers: only the read timeout can end the push.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (Exception ignored) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Outcome o = run("publish", "--to", "http://127.0.0.1:" + silent.getLocalPort() + "/ds",
                    "--from", trig.toString(), "--timeout", "500ms");
            assertEquals(1, o.code(), o.err());
            assertTrue(o.err().contains("no answer within 500 ms"), o.err());
            for (Socket s : held) s.close();
        }
    }

    @Test
    void failureHalfwayListsTheGraphsAlreadyPushed() throws Exception {
        AtomicInteger puts = new AtomicInteger();
        HttpServer flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flaky.createContext("/ds", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = puts.incrementAndGet() == 1 ? 204 : 503;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        flaky.start();
        try {
            Outcome o = run("publish", "--to", "http://127.0.0.1:" + flaky.getAddress().getPort() + "/ds",
                    "--from", trig.toString());
            assertEquals(1, o.code(), o.err());
            assertTrue(o.err().contains("HTTP 503"), o.err());
            assertTrue(o.err().contains("graphs already pushed (1): " + G1), o.err());
            assertFalse(o.err().contains(G2 + " "), o.err());
        } finally {
            flaky.stop(0);
        }
    }

    @Test
    void missingDumpIsBadInput() {
        Outcome o = run("publish", "--to", "http://127.0.0.1:9/ds", "--from", tmp.resolve("none.trig").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("none.trig"), o.err());
    }
}
