package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aigov.kg.query.NamedQueries;
import org.aigov.kg.query.NamedQuery;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryCopyTest {
    private static final String BASE = "http://example.org/base/";

    /** Every named query without a sub-query, and a query for each part of the syntax a copy has to carry. */
    static Stream<String> queries() {
        List<String> all = new ArrayList<>();
        for (NamedQuery q : NamedQueries.standard().all()) all.add(q.text());
        all.add("PREFIX ex: <http://example.org/> SELECT DISTINCT ?s (COUNT(?o) AS ?n) (SAMPLE(UCASE(STR(?o))) AS ?u) "
                + "FROM <http://example.org/g> FROM NAMED <http://example.org/h> WHERE { ?s ex:p ?o FILTER(LCASE(?o) != \"x\") } "
                + "GROUP BY ?s (STRLEN(STR(?s)) AS ?len) HAVING (COUNT(?o) > 1) (MAX(STRLEN(?o)) < 5) (REGEX(STR(?s), \"a\")) "
                + "ORDER BY DESC(UCASE(STR(?s))) ?n LIMIT 7 OFFSET 2 VALUES ?s { <http://example.org/a> UNDEF }");
        all.add("SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r FILTER EXISTS { ?r ?p ?s FILTER(CONTAINS(STR(?r), \"x\")) } } "
                + "MINUS { ?s a <urn:x> } "
                + "BIND(IF(BOUND(?r), <http://www.w3.org/2005/xpath-functions#upper-case>(STR(?r)), \"\") AS ?b) "
                + "GRAPH ?g { ?s <urn:p>+ ?x } SERVICE SILENT <http://127.0.0.1:9/> { ?x ?y ?z } } ORDER BY ?s");
        all.add("BASE <http://example.org/other/> CONSTRUCT { ?s <p> ?o . ?s a <T> } WHERE { ?s <p> ?o }");
        all.add("DESCRIBE ?s <http://example.org/x> WHERE { ?s ?p ?o } LIMIT 3");
        all.add("ASK { ?s ?p ?o FILTER NOT EXISTS { ?o ?p ?s } }");
        all.add("SELECT (COUNT(*) AS ?n) (SUM(?v) / COUNT(DISTINCT ?s) AS ?avg) WHERE { ?s ?p ?v } HAVING (SUM(?v) > 0)");
        return all.stream().filter(text -> QueryCopy.copiable(text, QueryFactory.create(text, BASE, Syntax.syntaxARQ)));
    }

    @org.junit.jupiter.api.Test
    void queriesThatMayHoldASubQueryAreNotCopied() {
        String sub = "SELECT * { { SELECT ?s (SAMPLE(STR(?o)) AS ?x) { ?s ?p ?o } GROUP BY ?s } }";
        assertEquals(false, QueryCopy.copiable(sub, QueryFactory.create(sub)));
        String askSub = "ASK { { SeLeCt ?s { ?s ?p ?o } LIMIT 1 } }";
        assertEquals(false, QueryCopy.copiable(askSub, QueryFactory.create(askSub)));
        String plain = "SELECT ?s { ?s ?p ?o }";
        assertEquals(true, QueryCopy.copiable(plain, QueryFactory.create(plain)));
        assertTrue(queries().count() >= 25, "most named queries are copiable");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theCopyIsTheSameQuery(String text) {
        Query original = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        Query copy = QueryCopy.of(original);
        assertEquals(original.serialize(), copy.serialize());
        assertEquals(original, copy);
        assertEquals(Algebra.compile(original), Algebra.compile(copy));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theCopySharesNoFunctionCall(String text) {
        Query original = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        Query copy = QueryCopy.of(original);
        Set<Expr> inOriginal = functionCalls(original);
        Set<Expr> shared = Collections.newSetFromMap(new IdentityHashMap<>());
        shared.addAll(functionCalls(copy));
        shared.retainAll(inOriginal);
        assertTrue(shared.isEmpty(), "shared with the original: " + shared);
    }

    /** Every function-call expression that running the query evaluates (the algebra keeps the query's expression objects). */
    private static Set<Expr> functionCalls(Query query) {
        Set<Expr> found = Collections.newSetFromMap(new IdentityHashMap<>());
        ExprVisitorBase collect = new ExprVisitorBase() {
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunction0 f) { found.add(f); }
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunction1 f) { found.add(f); }
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunction2 f) { found.add(f); }
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunction3 f) { found.add(f); }
            @Override public void visit(org.apache.jena.sparql.expr.ExprFunctionN f) { found.add(f); }
        };
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override public void visit(OpGroup group) {
                for (ExprAggregator agg : group.getAggregators()) {
                    if (agg.getAggregator().getExprList() == null) continue;
                    Walker.walk(agg.getAggregator().getExprList(), collect);
                }
            }
        }, collect);
        return found;
    }
}
