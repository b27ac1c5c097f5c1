package org.aigov.kg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.junit.jupiter.api.Test;

class SafeFunctionRegistriesTest {
    private static final String JAVA_MATCHES = "<java:org.apache.jena.sparql.function.library.FN_Matches>";
    private static final String MAPPED_MATCHES = "<http://jena.apache.org/ARQ/function#FN_Matches>";
    private static final String JAVA_SPLIT = "<java:org.apache.jena.sparql.pfunction.library.strSplit>";

    /** The values of ?x, "unbound" where a row has none. */
    private static List<String> xs(String sparql, Dataset ds) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(ds).build()) {
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                RDFNode x = row.get("x");
                out.add(x == null ? "unbound" : x.isLiteral() ? x.asLiteral().getLexicalForm() : x.toString());
            });
        }
        return out;
    }

    private static Dataset guarded() {
        Dataset ds = DatasetFactory.createTxnMem();
        SafeFunctionRegistries.install(ds.getContext());
        return ds;
    }

    @Test
    void functionsNamedByJavaClassAreUnknownEvenAfterARQLoadedThemElsewhere() {
        String javaCall = "SELECT ?x { BIND(" + JAVA_MATCHES + "(\"aaa\", \"a\") AS ?x) }";
        String mappedCall = "SELECT ?x { BIND(" + MAPPED_MATCHES + "(\"aaa\", \"a\") AS ?x) }";
        String split = "SELECT ?x { ?x " + JAVA_SPLIT + " (\"a,b\" \",\") }";
        // An open dataset first: ARQ loads the classes and keeps them in its global registries.
        Dataset open = DatasetFactory.createTxnMem();
        assertEquals(List.of("true"), xs(javaCall, open));
        assertEquals(1, xs(mappedCall, open).size());
        assertEquals(2, xs(split, open).size());

        assertEquals(List.of("unbound"), xs(javaCall, guarded()));
        assertEquals(List.of("unbound"), xs(mappedCall, guarded()));
        assertEquals(List.of(), xs(split, guarded()), "strSplit by class name still split the string");
    }

    /** Any function class on the classpath, as a query could name one. */
    public static final class Echo extends FunctionBase1 {
        @Override public NodeValue exec(NodeValue v) { return v; }
    }

    @Test
    void functionClassesOutsideARQsLibrariesAreUnknown() {
        String echo = "SELECT ?x { BIND(<java:" + Echo.class.getName() + ">(\"hi\") AS ?x) }";
        assertEquals(List.of("hi"), xs(echo, DatasetFactory.createTxnMem()));
        assertEquals(List.of("unbound"), xs(echo, guarded()));
    }

    /** The guarded registries are views of ARQ's: a registration through them would be lost, so it is refused. */
    @Test
    void theGuardedRegistriesRefuseChanges() {
        org.apache.jena.sparql.util.Context cxt = SafeFunctionRegistries.install(new org.apache.jena.sparql.util.Context());
        org.apache.jena.sparql.function.FunctionRegistry functions = org.apache.jena.sparql.function.FunctionRegistry.get(cxt);
        org.apache.jena.sparql.pfunction.PropertyFunctionRegistry properties = org.apache.jena.sparql.pfunction.PropertyFunctionRegistry.get(cxt);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> functions.put("urn:x", Echo.class));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> functions.remove("http://www.w3.org/2005/xpath-functions#upper-case"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> properties.remove("http://jena.apache.org/text#query"));
        assertEquals(true, functions.isRegistered("http://www.w3.org/2005/xpath-functions#upper-case"), "ARQ's registry is unchanged");
    }

    @Test
    void registeredFunctionsAnswerAsBefore() {
        String q = "PREFIX afn: <http://jena.apache.org/ARQ/function#> PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT ?x { { BIND(afn:localname(<http://example.org/a#b>) AS ?x) } UNION { BIND(fn:upper-case(\"abc\") AS ?x) } "
                + "UNION { BIND(<http://www.w3.org/ns/sparql#lcase>(\"DEF\") AS ?x) } }";
        List<String> expected = xs(q, DatasetFactory.createTxnMem());
        assertEquals(List.of("b", "ABC", "def"), expected);
        assertEquals(expected, xs(q, guarded()));
    }
}
