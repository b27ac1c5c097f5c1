package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void parseErrorsAreReportedEveryTime() {
        String bad = "SELECT * {\n ?s ?p }";
        QueryParseException first = assertThrows(QueryParseException.class, () -> QueryFactory.create(bad, Syntax.syntaxARQ));
        QueryParseException second = assertThrows(QueryParseException.class, () -> QueryFactory.create(bad, Syntax.syntaxARQ));
        assertEquals(first.getMessage(), second.getMessage());
        assertEquals(2, second.getLine());
    }
}
