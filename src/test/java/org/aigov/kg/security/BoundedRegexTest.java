package org.aigov.kg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoundedRegexTest {

    private static List<String> rows(Query q, Dataset ds) {
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(row -> out.add(row.toString()));
            return out;
        }
    }

    @ParameterizedTest(name = "same answers: {0}")
    @ValueSource(strings = {
            "SELECT ?x WHERE { VALUES ?x { \"Hiroshima AI Process\" \"OECD\" \"hiroshima\"@en 42 } FILTER(REGEX(?x, \"^hiro\", \"i\")) } ORDER BY ?x",
            "SELECT ?x WHERE { VALUES ?x { \"a.b\" \"axb\" } FILTER(REGEX(?x, \"a.b\", \"q\")) }",
            "SELECT ?y WHERE { VALUES ?x { \"Hiroshima AI Process\"@en \"G20\" } BIND(REPLACE(?x, \"(\\\\w+) AI\", \"$1-AI\") AS ?y) } ORDER BY ?y",
            "SELECT (REPLACE(\"AbcAbc\", \"b\", \"B\", \"i\") AS ?y) WHERE {}",
            "SELECT ?x WHERE { VALUES ?x { \"abc\" } FILTER(!REGEX(?x, \"z\")) }",
    })
    void rewrittenQueryGivesTheSameAnswers(String sparql) {
        Dataset ds = DatasetFactory.createTxnMem();
        Query original = QueryFactory.create(sparql);
        Query bounded = BoundedRegex.rewrite(original);
        assertTrue(bounded.toString().contains("urn:aigov:function:bounded-"), bounded.toString());
        List<String> expected = rows(original, ds);
        assertFalse(expected.isEmpty(), "the case must return something to compare");
        assertEquals(expected, rows(bounded, ds));
    }

    @Test
    void catastrophicRegexIsCancelledAtTheQueryTimeout() throws Exception {
        assertCancelled("FILTER(REGEX(?x, \"(.*a){12}x\"))");
    }

    @Test
    void theXPathFormsAreBoundedToo() throws Exception {
        assertCancelled("FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?x, \"(.*a){12}x\"))");
        assertCancelled("BIND(<http://www.w3.org/2005/xpath-functions#replace>(?x, \"(.*a){12}x\", \"y\") AS ?y)");
    }

    @Test
    void theXPathFormsAnswerAsBefore() {
        String q = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?x ?y WHERE { VALUES ?x { \"Hiroshima\" \"OECD\" } "
                + "FILTER(fn:matches(?x, \"^hiro\", \"i\")) BIND(fn:replace(?x, \"i\", \"I\") AS ?y) }";
        Dataset ds = DatasetFactory.createTxnMem();
        assertEquals(rows(QueryFactory.create(q), ds), rows(BoundedRegex.rewrite(QueryFactory.create(q)), ds));
        assertEquals(1, rows(BoundedRegex.rewrite(QueryFactory.create(q)), ds).size());
    }

    private static void assertCancelled(String matching) throws Exception {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.getContext().set(ARQ.queryTimeout, "500");
        Query q = BoundedRegex.rewrite(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?x { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" } " + matching + " }"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
                ResultSetFormatter.consume(qe.execSelect());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.setDaemon(true); // unbounded regex would run for hours: never let it hold the test JVM
        t.start();
        t.join(120_000);
        assertFalse(t.isAlive(), "the regex was not cut off");
        assertInstanceOf(QueryCancelledException.class, thrown.get());
    }

    @Test
    void timeoutSettingForms() {
        assertEquals(1000, BoundedRegex.timeoutMillis("1000"));
        assertEquals(5000, BoundedRegex.timeoutMillis("1000,5000"));
        assertEquals(250, BoundedRegex.timeoutMillis(250L));
        assertEquals(10_000, BoundedRegex.timeoutMillis(null));
    }
}
