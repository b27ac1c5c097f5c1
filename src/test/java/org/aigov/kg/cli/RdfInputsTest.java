package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every RDF format and a gzipped dump, served and queried as they are: the union default graph holds
 * exactly the file's distinct triples (a file's default-graph triples included), entity pages resolve.
 */
class RdfInputsTest {
    @TempDir static Path work;
    static Path kg;
    static Path countQuery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void buildTheSeedAndWriteItInEveryFormat() throws Exception {
        kg = work.resolve("kg");
        CliRun built = CliRun.of("build", "data/statements", "--out", kg.toString(), "--quiet");
        assertEquals(0, built.code(), built.err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, kg.resolve("aigov.trig").toString());
        try (OutputStream out = Files.newOutputStream(kg.resolve("aigov.nq"))) { RDFDataMgr.write(out, ds, Lang.NQUADS); }
        try (OutputStream out = Files.newOutputStream(kg.resolve("aigov.rdf"))) { RDFDataMgr.write(out, ds.getUnionModel(), Lang.RDFXML); }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(kg.resolve("aigov.trig.gz")))) { Files.copy(kg.resolve("aigov.trig"), out); }
        countQuery = work.resolve("count.rq");
        Files.writeString(countQuery, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }\n");
    }

    static Stream<Arguments> files() {
        return Stream.of("aigov.ttl", "aigov.nt", "aigov.nq", "aigov.trig", "aigov.jsonld", "aigov.rdf", "aigov.nt.gz", "aigov.trig.gz")
                .map(Arguments::of);
    }

    /** The distinct triples of the file, every graph merged, as Jena reads it on its own. */
    private static long triplesIn(Path file) throws java.io.IOException {
        Graph g = GraphFactory.createDefaultGraph();
        Dataset ds = DatasetFactory.create();
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(RDFLanguages.filenameToLang(name.substring(0, name.length() - 3))).parse(ds);
            }
        } else {
            RDFParser.source(file).parse(ds);
        }
        ds.asDatasetGraph().find().forEachRemaining(q -> g.add(q.asTriple()));
        return g.size();
    }

    @ParameterizedTest(name = "{0}") @MethodSource("files")
    void servedWithTheFilesCountAndEntityPages(String name) throws Exception {
        Path file = kg.resolve(name);
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(file.toString(), "--port", "0");
        try (ServeCommand.Running r = cmd.start(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))) {
            String csv = get(r.server().endpointUrl() + "?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8), "text/csv");
            assertEquals(triplesIn(file), Long.parseLong(csv.split("\r?\n")[1].strip()), name + " served");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(r.server().url() + "id/country/japan"))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), name + ": /id/country/japan");
            assertTrue(page.body().contains("Japan"), page.body());
        }
    }

    @ParameterizedTest(name = "{0}") @MethodSource("files")
    void queriedWithTheFilesCount(String name) throws Exception {
        Path file = kg.resolve(name);
        CliRun q = CliRun.of("query", countQuery.toString(), file.toString(), "--format", "csv");
        assertEquals(0, q.code(), q.err());
        assertEquals(triplesIn(file), Long.parseLong(q.out().split("\r?\n")[1].strip()), name + " queried");
    }

    private String get(String url, String accept) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        return res.body();
    }
}
