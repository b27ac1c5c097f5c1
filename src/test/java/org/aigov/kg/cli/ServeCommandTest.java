package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    static final String FIXTURE = "src/test/resources/fixtures/serve-small.trig";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private record Started(ServeCommand.Running running, String out, String err) {}

    private static Started start(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand.Running r = cmd.start(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Started(r, out.toString(), err.toString());
    }

    private String ask(ServeCommand.Running r, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(r.server().endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        return res.body();
    }

    @Test
    void servesADumpAndPrintsTheUrlsAndStartupTime() throws Exception {
        Started s = start(FIXTURE, "--port", "0", "--queries", "src/test/resources/fixtures/queries", "--max-heap", "64m", "--max-concurrent", "4");
        try {
            int port = s.running().server().port();
            assertTrue(port > 0);
            assertTrue(s.out().contains("Heap budget: queries may hold 64 MB in total"), s.out());
            assertTrue(s.out().contains("4 at once, 16 MB each"), s.out());
            assertTrue(s.out().contains("SPARQL endpoint: http://127.0.0.1:" + port + "/aigov/sparql"), s.out());
            assertTrue(s.out().contains("Query page:      http://127.0.0.1:" + port + "/query"), s.out());
            assertTrue(s.out().matches("(?s).*Started in \\d+\\.\\d\\d s.*"), s.out());
            assertTrue(ask(s.running(), "SELECT ?s { ?s a <https://w3id.org/aigov/ontology#Statement> }").contains("fixture-statement"));
        } finally {
            s.running().close();
        }
    }

    @Test
    void tdbModeBuildsThenSkipsThenKeepsServingThePreviousDatabaseOnBadInput(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path input = tmp.resolve("input.trig");
        Files.copy(Path.of(FIXTURE), input);
        Started first = start(input.toString(), "--port", "0", "--tdb", db.toString());
        try {
            assertTrue(first.running().opened().rebuilt());
            assertTrue(first.out().contains("built TDB2 generation db-000001"), first.out());
        } finally {
            first.running().close();
        }
        Started second = start(input.toString(), "--port", "0", "--tdb", db.toString());
        try {
            assertFalse(second.running().opened().rebuilt());
            assertTrue(second.out().contains("rebuild skipped"), second.out());
            assertTrue(ask(second.running(), "SELECT ?s { ?s a <https://w3id.org/aigov/ontology#Statement> }").contains("fixture-statement"));
        } finally {
            second.running().close();
        }
        Files.writeString(input, "\n<urn:x:s> <urn:x:p> \"broken .\n", java.nio.file.StandardOpenOption.APPEND);
        Started third = start(input.toString(), "--port", "0", "--tdb", db.toString());
        try {
            assertFalse(third.running().opened().rebuilt());
            assertTrue(third.err().contains("error: " + input), third.err());
            assertTrue(third.err().contains("db-000001 keeps serving"), third.err());
            assertTrue(ask(third.running(), "SELECT ?s { ?s a <https://w3id.org/aigov/ontology#Statement> }").contains("fixture-statement"));
        } finally {
            third.running().close();
        }
    }

    @Test
    void badInputExitsTwoWithoutServing(@TempDir Path tmp) throws Exception {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, "<urn:x:s> <urn:x:p> .\n");
        assertEquals(2, cli.execute("serve", bad.toString(), "--port", "0"));
        assertTrue(err.toString().contains("error: " + bad), err.toString());
        assertEquals(2, cli.execute("serve", tmp.resolve("missing").toString(), "--port", "0"));
        assertTrue(err.toString().contains("no such file or directory"), err.toString());
        assertEquals(2, cli.execute("serve", FIXTURE, "--timeout", "soon"));
        assertEquals(2, cli.execute("serve", "--tdb", tmp.resolve("empty").toString(), "--no-build", "--port", "0"));
        assertTrue(err.toString().contains("no TDB2 database here"), err.toString());
    }

    @Test
    void aPortInUseIsBadInputNotACrash() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            CommandLine cli = Main.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            assertEquals(2, cli.execute("serve", FIXTURE, "--port", Integer.toString(taken.getLocalPort())));
            assertTrue(err.toString().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), err.toString());
        }
    }

    @Test
    void durationsReadAsTheHelpSays() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofSeconds(10), c.convert("10s"));
        assertEquals(Duration.ofMillis(1500), c.convert("1500ms"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofSeconds(7), c.convert("7"));
        assertEquals(Duration.ofSeconds(3), c.convert("PT3S"));
    }
}
