package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigov query}: exit codes and messages, local dumps, and --endpoint against an in-process Fuseki. */
class QueryCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("aigov.project.dir", ".")).toAbsolutePath().normalize();
    private static final Path QUERIES = PROJECT.resolve("queries");
    private static final Path FIXTURE = PROJECT.resolve("src/test/resources/queries/fixture.trig");

    
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The same query options, against the hand-made fixture dump (no loader involved). */
    static CliRun onFixture(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--queries=" + QUERIES;
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = FIXTURE.toString();
        return run(all);
    }

    @Test
    void listShowsEveryNamedQueryWithItsTitle() {
        CliRun o = run("query", "--queries=" + QUERIES, "--list");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("forums "), o.out());
        assertTrue(o.out().contains("Forums a statement commits its parties to work through"), o.out());
        assertTrue(o.out().contains("actor-commitments") && o.out().contains("[country]"), o.out());
        assertTrue(o.out().contains("[statement?]"), o.out());
        assertTrue(o.out().lines().filter(l -> !l.isBlank()).count() >= 17, o.out());
    }

    @Test
    void runsANamedQueryOnADump() {
        CliRun o = onFixture("forums", "--format", "csv");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("stmt,forum,forumLabel,clause,text"), o.out());
        assertTrue(o.out().contains("https://w3id.org/aigov/id/forum/oecd"), o.out());
        assertEquals(2, o.out().lines().count(), o.out());
    }

    @Test
    void withoutPathTheLoaderBuildsDataStatements() {
        // surefire runs in the project directory, where data/statements holds the seed
        CliRun o = run("query", "--queries=" + QUERIES, "agreements", "--format", "csv", "--param", "statement=japan-india-ai-2026");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("built the graph of [data/statements]"), o.err());
        assertTrue(o.out().contains("https://w3id.org/aigov/id/organization/sarvam"), o.out());
        assertEquals(8, o.out().lines().count(), "header and one row per agreement party:\n" + o.out());
    }

    @Test
    void tableIsTheDefaultFormat() {
        CliRun o = onFixture("agreements");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("id:statement/fixture/agreement/1"), o.out());
        assertTrue(o.out().contains("akind:mou") || o.out().contains("agreement-kind/mou"), o.out());
        assertTrue(o.out().contains("(2 rows)"), o.out());
    }

    @Test
    void parametersAreBoundFromTheCommandLine() {
        CliRun o = onFixture("actor-commitments", "--param", "country=india", "--format", "json");
        assertEquals(0, o.code(), o.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(o.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int rows = 0;
        while (rs.hasNext()) {
            assertEquals("https://w3id.org/aigov/vocab/speech-act/decide", rs.next().getResource("speechAct").getURI());
            rows++;
        }
        assertEquals(1, rows);
    }

    @Test
    void unknownNameExitsTwoAndSuggests() {
        CliRun o = onFixture("forum");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("did you mean 'forums'"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void missingRequiredParameterExitsTwo() {
        CliRun o = onFixture("provenance");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("missing required parameter") && o.err().contains("--param entity="), o.err());
    }

    @Test
    void unknownParameterExitsTwo() {
        CliRun o = onFixture("forums", "--param", "country=japan");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown parameter 'country'") && o.err().contains("statement"), o.err());
    }

    @Test
    void parameterWithoutValueExitsTwo() {
        CliRun o = onFixture("forums", "--param", "statement");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--param"), o.err());
    }

    @Test
    void nonNumericYearExitsTwo() {
        CliRun o = onFixture("target-deadlines", "--param", "before=soon");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("whole number"), o.err());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "# title: Broken\nSELECT ?s\nWHERE { ?s ?p }\n");
        CliRun o = run("query", bad.toString(), FIXTURE.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains(bad + ":3:"), o.err());
        assertTrue(o.err().contains("SPARQL syntax error"), o.err());
    }

    @Test
    void aQueryFileRunsWithItsOwnVariablesAsParameters(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.rq");
        Files.writeString(mine, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?x rdfs:label ?label FILTER(?x = ?thing) }\n");
        CliRun o = run("query", mine.toString(), "--param", "thing=https://w3id.org/aigov/id/organization/beta-works", "-f", "tsv", FIXTURE.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("?label\n\"Beta Works\"@en\n", o.out());
    }

    @Test
    void wrongFormatForTheAnswerExitsTwoBeforeBuilding() {
        CliRun o = onFixture("relations", "--format", "csv");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("gives a graph"), o.err());
        CliRun rows = onFixture("forums", "--format", "turtle");
        assertEquals(2, rows.code());
        CliRun unknown = onFixture("forums", "--format", "xlsx");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown format"), unknown.err());
    }

    @Test
    void constructIsWrittenAsTurtle() {
        CliRun o = onFixture("relations", "--format", "turtle");
        assertEquals(0, o.code(), o.err());
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(o.out().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.Lang.TURTLE);
        assertTrue(model.size() >= 4, o.out());
    }

    @Test
    void noQueryNamedExitsTwo() {
        CliRun o = run("query");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--list"), o.err());
    }

    @Test
    void missingPathExitsTwo() {
        CliRun o = run("query", "--queries=" + QUERIES, "forums", PROJECT.resolve("no/such/dir").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no such file or directory"), o.err());
    }

    @Test
    void brokenDumpNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("broken.trig");
        Files.writeString(dump, "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n");
        CliRun o = run("query", "--queries=" + QUERIES, "forums", dump.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains(dump + ":2"), o.err());
    }

    @Test
    void endpointAnswersLikeTheLocalGraph() {
        Dataset served = DatasetFactory.createTxnMem();
        Txn.executeWrite(served, () -> {
            RDFDataMgr.read(served, FIXTURE.toString());
            // like aigov serve: the default graph is the union of the named graphs
            served.getDefaultModel().add(served.getUnionModel());
        });
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", served).build().start();
        try {
            String url = "http://localhost:" + server.getHttpPort() + "/ds/sparql";
            CliRun remote = run("query", "--queries=" + QUERIES, "actor-commitments", "--param", "country=India", "--format", "csv", "--endpoint", url);
            CliRun local = onFixture("actor-commitments", "--param", "country=India", "--format", "csv");
            assertEquals(0, remote.code(), remote.err());
            assertEquals(local.out(), remote.out());
            assertTrue(remote.out().contains("speech-act/decide"), remote.out());
            CliRun byIri = run("query", "--queries=" + QUERIES, "actor-commitments", "--param", "country=id:country/india", "--format", "csv", "--endpoint", url);
            assertEquals(local.out(), byIri.out(), byIri.err());
            CliRun plain = run("query", "--queries=" + QUERIES, "search-plain", "-p", "text=beta", "-f", "tsv", "--endpoint", url);
            assertEquals(0, plain.code(), plain.err());
            assertTrue(plain.out().contains("\"Beta Works\""), plain.out());

            CliRun both = run("query", "--queries=" + QUERIES, "forums", "--endpoint", url, FIXTURE.toString());
            assertEquals(2, both.code());
            assertTrue(both.err().contains("not both"), both.err());
        } finally {
            server.stop();
        }
    }

    @Test
    void unreachableEndpointExitsTwo() {
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", DatasetFactory.createTxnMem()).build().start();
        int port = server.getHttpPort();
        server.stop();
        // nothing listens there any more
        CliRun o = run("query", "--queries=" + QUERIES, "forums", "--timeout", "5", "--endpoint", "http://127.0.0.1:" + port + "/ds/sparql");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("cannot connect"), o.err());
        CliRun notUrl = run("query", "--queries=" + QUERIES, "forums", "--endpoint", "ftp://example/sparql");
        assertEquals(2, notUrl.code());
    }

    @Test
    void endpointErrorsAreReported() {
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", DatasetFactory.createTxnMem()).build().start();
        try {
            // a path that is not a query service answers 404
            CliRun o = run("query", "--queries=" + QUERIES, "forums", "--endpoint", "http://127.0.0.1:" + server.getHttpPort() + "/nothing/sparql");
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains("HTTP 404"), o.err());
        } finally {
            server.stop();
        }
    }
}
