package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;

class AigovServerTest {

    private static long count(ServerFixture f, String sparql) throws Exception {
        HttpResponse<String> r = f.query(sparql, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return Long.parseLong(rs.next().getLiteral("n").getLexicalForm());
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            long all = count(f, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            long named = count(f, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long statement = count(f, "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/aigov/graph/fixture-statement> { ?s ?p ?o } }");
            assertTrue(statement > 0, "statement graph empty");
            assertTrue(all >= statement, "default graph does not see statement triples: " + all);
            assertEquals(named, all, "fixture has no triple in two graphs, so union = sum of graphs");
            assertEquals(1, count(f, "PREFIX aigo: <https://w3id.org/aigov/ontology#> SELECT (COUNT(*) AS ?n) { ?c a aigo:Clause ; aigo:speechAct <https://w3id.org/aigov/vocab/speech-act/welcome> }"));
        } finally {
            f.close();
        }
    }

    @Test
    void textSearchFindsSentencesAndLabels() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'cybersecurity' }";
            HttpResponse<String> r = f.query(q, "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("/statement/fixture-statement/sentence/1"), r.body());
            assertTrue(!r.body().contains("/sentence/2"), r.body());
            HttpResponse<String> acr = f.query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'OECD' }", "text/csv");
            assertTrue(acr.body().contains("/forum/oecd"), acr.body());
            HttpResponse<String> alt = f.query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'bharat' }", "text/csv");
            assertTrue(alt.body().contains("/country/india"), alt.body());
        } finally {
            f.close();
        }
    }

    @Test
    void pingAnswers() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            assertEquals(200, f.get("/$/ping").statusCode());
        } finally {
            f.close();
        }
    }
}
