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
import org.apache.jena.sparql.algebra.Algebra;
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

    private static Dataset bounded(Dataset ds) {
        BoundedRegex.install(ds.getContext());
        return ds;
    }

    @ParameterizedTest(name = "same answers: {0}")
    @ValueSource(strings = {
            "SELECT ?x WHERE { VALUES ?x { \"Hiroshima AI Process\" \"OECD\" \"hiroshima\"@en 42 } FILTER(REGEX(?x, \"^hiro\", \"i\")) } ORDER BY ?x",
            "SELECT ?x WHERE { VALUES ?x { \"a.b\" \"axb\" } FILTER(REGEX(?x, \"a.b\", \"q\")) }",
            "SELECT ?y WHERE { VALUES ?x { \"Hiroshima AI Process\"@en \"G20\" } BIND(REPLACE(?x, \"(\\\\w+) AI\", \"$1-AI\") AS ?y) } ORDER BY ?y",
            "SELECT (REPLACE(\"AbcAbc\", \"b\", \"B\", \"i\") AS ?y) WHERE {}",
            "SELECT ?x WHERE { VALUES ?x { \"abc\" } FILTER(!REGEX(?x, \"z\")) }",
            "SELECT ?k (COUNT(*) AS ?n) WHERE { VALUES ?x { \"G7\" \"G20\" \"OECD\" } BIND(REGEX(?x, \"^G\") AS ?k) } "
                    + "GROUP BY ?k HAVING (COUNT(*) > 0) (REGEX(STR(?k), \"t\")) ORDER BY ?k",
            "SELECT (GROUP_CONCAT(REPLACE(?x, \"O\", \"0\"); separator=\",\") AS ?all) WHERE { VALUES ?x { \"OECD\" } }",
    })
    void boundedQueryGivesTheSameAnswers(String sparql) {
        Query q = QueryFactory.create(sparql);
        assertTrue(BoundedRegex.bound(Algebra.compile(q)).toString().contains("urn:aigov:function:bounded-"));
        List<String> expected = rows(q, DatasetFactory.createTxnMem());
        assertFalse(expected.isEmpty(), "the case must return something to compare");
        assertEquals(expected, rows(q, bounded(DatasetFactory.createTxnMem())));
    }

    private static final String FORTY_AS = "VALUES ?x { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" } ";
    private static final String CATASTROPHIC = "\"(.*a){12}x\"";

    /** Every place an expression can stand in a query (issue 7: catastrophic regex is cut off at the timeout). */
    @ParameterizedTest(name = "cut off: {0}")
    @ValueSource(strings = {
            "SELECT (COUNT(*) AS ?n) WHERE { " + FORTY_AS + "FILTER(REGEX(?x, " + CATASTROPHIC + ")) }",
            "SELECT ?y WHERE { " + FORTY_AS + "BIND(REPLACE(?x, " + CATASTROPHIC + ", \"y\") AS ?y) }",
            "SELECT (COUNT(*) AS ?n) WHERE { " + FORTY_AS + "FILTER EXISTS { FILTER(REGEX(?x, " + CATASTROPHIC + ")) } }",
            "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?x WHERE { " + FORTY_AS + "FILTER(REGEX(?x, " + CATASTROPHIC + ")) } } }",
            "SELECT (REGEX(?x, " + CATASTROPHIC + ") AS ?r) WHERE { " + FORTY_AS + "}",
            "SELECT ?x WHERE { VALUES ?x { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\" } } "
                    + "ORDER BY (REGEX(?x, " + CATASTROPHIC + "))", // two rows, or there is nothing to compare
            "SELECT ?x WHERE { " + FORTY_AS + "} GROUP BY ?x HAVING (COUNT(*) > 0) (REGEX(?x, " + CATASTROPHIC + "))",
            "SELECT (SAMPLE(REGEX(?x, " + CATASTROPHIC + ")) AS ?s) WHERE { " + FORTY_AS + "}",
            "SELECT ?g WHERE { " + FORTY_AS + "} GROUP BY (REGEX(?x, " + CATASTROPHIC + ") AS ?g)",
            "ASK { " + FORTY_AS + "FILTER(REGEX(?x, " + CATASTROPHIC + ")) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (COUNT(*) AS ?n) WHERE { " + FORTY_AS
                    + "FILTER(fn:matches(?x, " + CATASTROPHIC + ")) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?y WHERE { " + FORTY_AS
                    + "BIND(fn:replace(?x, " + CATASTROPHIC + ", \"y\") AS ?y) }",
            "SELECT (COUNT(*) AS ?n) WHERE { " + FORTY_AS + "FILTER(<http://www.w3.org/ns/sparql#regex>(?x, " + CATASTROPHIC + ")) }",
            "SELECT ?y WHERE { " + FORTY_AS + "BIND(<http://www.w3.org/ns/sparql#replace>(?x, " + CATASTROPHIC + ", \"y\") AS ?y) }",
    })
    void catastrophicRegexIsCancelledAtTheQueryTimeout(String sparql) throws Exception {
        assertCancelled(sparql);
    }

    @Test
    void theXPathFormsAnswerAsBefore() {
        String q = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?x ?y WHERE { VALUES ?x { \"Hiroshima\" \"OECD\" } "
                + "FILTER(fn:matches(?x, \"^hiro\", \"i\")) BIND(fn:replace(?x, \"i\", \"I\") AS ?y) }";
        List<String> expected = rows(QueryFactory.create(q), DatasetFactory.createTxnMem());
        assertEquals(expected, rows(QueryFactory.create(q), bounded(DatasetFactory.createTxnMem())));
        assertEquals(1, expected.size());
    }

    private static void assertCancelled(String sparql) throws Exception {
        Dataset ds = bounded(DatasetFactory.createTxnMem());
        ds.getContext().set(ARQ.queryTimeout, "500");
        Query q = QueryFactory.create(sparql);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
                if (q.isAskType()) qe.execAsk();
                else ResultSetFormatter.consume(qe.execSelect());
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

    /** The deadline counts from the query's start as ARQ records it (a Node in the context), not from each evaluation. */
    @Test
    void deadlineCountsFromTheQueryStartNotFromEachMatch() {
        org.apache.jena.sparql.util.Context cxt = new org.apache.jena.sparql.util.Context();
        cxt.set(ARQ.queryTimeout, "3000");
        java.util.GregorianCalendar twoSecondsAgo = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
        twoSecondsAgo.setTimeInMillis(System.currentTimeMillis() - 2_000);
        cxt.set(org.apache.jena.sparql.ARQConstants.sysCurrentTime,
                org.apache.jena.sparql.expr.NodeValue.makeDateTime(twoSecondsAgo).asNode());
        long left = BoundedRegex.deadline(new org.apache.jena.sparql.function.FunctionEnvBase(cxt)) - System.nanoTime();
        assertTrue(left <= 1_000_000_000L, "the deadline is " + left / 1_000_000 + " ms away; the query has 1 s left of 3 s");
    }
}
