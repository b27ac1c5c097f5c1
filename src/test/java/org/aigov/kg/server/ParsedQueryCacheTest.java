package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aigov.kg.query.NamedQuery;
import org.aigov.kg.query.NamedQueries;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.lang.arq.ParserARQ;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParsedQueryCacheTest {
    private static final String BASE = "http://example.org/";

    @BeforeAll
    static void install() {
        ParsedQueryCache.install();
        ParsedQueryCache.install(); // a second server in the same JVM
    }

    /** A parse that bypasses the cache, for reference. */
    private static Query parsedDirectly(String text) {
        Query q = new Query();
        q.setBase(IRIx.create(BASE)); // as QueryFactory gives it
        return new ParserARQ().parse(q, text);
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheAsItsOwnCopy() {
        String text = "SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"urn:cache-test\")) } GROUP BY ?s ORDER BY DESC(?n)";
        Query target = new Query();
        assertSame(target, QueryFactory.parse(target, text, BASE, Syntax.syntaxARQ), "first parse fills the caller's query");
        Query again = new Query();
        Query hit = QueryFactory.parse(again, text, BASE, Syntax.syntaxARQ);
        assertNotSame(again, hit, "second parse came from the cache");
        assertEquals(parsedDirectly(text), hit);
        hit.setLimit(5);
        assertFalse(QueryFactory.create(text, BASE, Syntax.syntaxARQ).hasLimit(), "a change to one copy reached the next");
    }

    @Test
    void everyNamedQueryParsesAsWithoutTheCache() {
        for (NamedQuery nq : NamedQueries.standard().all()) {
            Query first = QueryFactory.create(nq.text(), BASE, Syntax.syntaxARQ);
            Query second = QueryFactory.create(nq.text(), BASE, Syntax.syntaxARQ);
            Query reference = parsedDirectly(nq.text());
            assertEquals(reference, first, nq.name());
            assertEquals(reference, second, nq.name());
            assertEquals(reference.serialize(), second.serialize(), nq.name());
        }
    }

    @Test
    void theBaseIsPartOfWhatIsRemembered() {
        String text = "SELECT * { <a> ?p ?o }";
        assertEquals("http://one.example/a", subject(QueryFactory.create(text, "http://one.example/", Syntax.syntaxARQ)));
        assertEquals("http://two.example/a", subject(QueryFactory.create(text, "http://two.example/", Syntax.syntaxARQ)));
    }

    private static String subject(Query q) {
        ElementPathBlock block = (ElementPathBlock) ((ElementGroup) q.getQueryPattern()).get(0);
        return block.getPattern().get(0).getSubject().getURI();
    }

    /** Copies of one remembered query run on several threads at once and all answer as a fresh parse does. */
    @Test
    void copiesRunConcurrentlyWithTheSameAnswers() throws Exception {
        String text = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> PREFIX afn: <http://jena.apache.org/ARQ/function#> "
                + "SELECT (fn:upper-case(afn:localname(?s)) AS ?k) (COUNT(*) AS ?n) (GROUP_CONCAT(fn:lower-case(?o); separator=\",\") AS ?all) "
                + "WHERE { VALUES (?s ?o) { (<urn:x:a#One> \"P\") (<urn:x:a#One> \"Q\") (<urn:x:b#Two> \"R\") } "
                + "FILTER(fn:string-length(afn:localname(?s)) > 2) } GROUP BY ?s HAVING (COUNT(*) >= 1) (fn:string-length(STR(?s)) > 0) "
                + "ORDER BY DESC(fn:upper-case(afn:localname(?s)))";
        String expected = answers(parsedDirectly(text));
        assertTrue(expected.contains("\"ONE\"") && expected.contains("\"TWO\"") && expected.contains("\"p,q\""), expected);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) runs.add(pool.submit(() -> answers(QueryFactory.create(text, BASE, Syntax.syntaxARQ))));
            for (java.util.concurrent.Future<String> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answers(Query q) {
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.create()
                .query(q).dataset(org.apache.jena.query.DatasetFactory.empty()).build()) {
            return org.apache.jena.query.ResultSetFormatter.asText(qe.execSelect());
        }
    }

    @Test
    void parseErrorsAreReportedEveryTime() {
        String bad = "SELECT * {\n ?s ?p }";
        QueryParseException first = assertThrows(QueryParseException.class, () -> QueryFactory.create(bad, Syntax.syntaxARQ));
        QueryParseException second = assertThrows(QueryParseException.class, () -> QueryFactory.create(bad, Syntax.syntaxARQ));
        assertEquals(first.getMessage(), second.getMessage());
        assertEquals(2, second.getLine());
    }
}
