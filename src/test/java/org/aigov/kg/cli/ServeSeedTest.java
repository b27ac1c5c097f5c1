package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code aigov serve} on the seed statement, through the real loader: what the issue promises analysts. */
class ServeSeedTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String csv(ServeCommand.Running r, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(r.server().endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        return res.body();
    }

    @Test
    void seedIsServedWithUnionDefaultGraphEntailmentsAndTextSearch() throws Exception {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("data/statements", "--port", "0");
        ServeCommand.Running r = cmd.start(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        try {
            String statementTriples = csv(r, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://w3id.org/aigov/id/statement/')) }");
            assertTrue(Long.parseLong(statementTriples.split("\\R")[1].strip()) > 100, statementTriples);
            String actors = csv(r, "PREFIX aigo: <https://w3id.org/aigov/ontology#> SELECT ?x { ?x a aigo:Actor }");
            assertTrue(actors.contains("https://w3id.org/aigov/id/country/japan"), actors);
            assertTrue(actors.contains("https://w3id.org/aigov/id/country/india"), actors);
            String forums = csv(r, "PREFIX aigo: <https://w3id.org/aigov/ontology#> SELECT ?f { ?f a aigo:Forum, aigo:Actor }");
            assertTrue(forums.split("\\R").length > 1, "no forum is an aigo:Actor: " + forums);
            String hits = csv(r, "PREFIX text: <http://jena.apache.org/text#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                    + "SELECT ?s { ?s text:query 'cybersecurity' ; a nif:Sentence }");
            assertTrue(hits.contains("/sentence/"), hits);
        } finally {
            r.close();
        }
    }
}
