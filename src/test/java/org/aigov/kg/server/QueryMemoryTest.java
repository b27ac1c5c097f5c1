package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The memory accounts of BudgetedOpExecutor, run on ARQ directly: what is kept is charged, what streams is not, all is given back. */
class QueryMemoryTest {
    /** 200 triples: a cross product of two patterns is 40,000 rows. */
    private static DatasetGraph data() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 200; i++) {
            d.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p" + (i % 7)),
                    NodeFactory.createLiteralString("label " + i));
        }
        BudgetedOpExecutor.install(d.getContext());
        return d;
    }

    private static final DatasetGraph DATA = data();

    private static List<String> run(String sparql, QueryMemory memory) {
        QueryExec exec = QueryExec.dataset(DATA).query(QueryFactory.create(sparql)).build();
        if (memory != null) exec.getContext().set(QueryMemory.SYMBOL, memory);
        try (exec) {
            RowSet rows = exec.select();
            List<String> out = new ArrayList<>();
            rows.forEachRemaining(r -> out.add(r.toString()));
            return out;
        }
    }

    private static QueryMemory account(long perQueryBytes) {
        return new QueryMemoryLedger(new MemoryBudget(perQueryBytes, 1)).open();
    }

    @ParameterizedTest(name = "charged past its share: {0}")
    @ValueSource(strings = {
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
            "SELECT ?c ?f (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ?f",
            "SELECT (GROUP_CONCAT(?c) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f }",
            "SELECT DISTINCT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f }",
            "SELECT * WHERE { { ?a ?b ?c } MINUS { ?a ?x ?y . ?d ?e ?f } }",
    })
    void keptRowsPastTheShareCancelTheQuery(String sparql) {
        QueryMemory memory = account(1 << 20);
        QueryMemoryExceeded e = assertThrows(QueryMemoryExceeded.class, () -> run(sparql, memory));
        assertTrue(e.getMessage().contains("share of memory"), e.getMessage());
        assertEquals(0, memory.heldBytes(), "closing the query gives back what its iterators held");
    }

    @ParameterizedTest(name = "streams within a small share: {0}")
    @ValueSource(strings = {
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",
            "SELECT ?b (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?b",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c LIMIT 5",
            "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 30000",
    })
    void streamingQueriesAnswerAsArqDoes(String sparql) {
        QueryMemory memory = account(1 << 20);
        assertEquals(run(sparql, null), run(sparql, memory));
        assertEquals(0, memory.heldBytes());
    }

    @Test
    void theServerBudgetBoundsAllQueriesTogether() {
        QueryMemoryLedger ledger = new QueryMemoryLedger(new MemoryBudget(1_000, 1));
        QueryMemory first = ledger.open();
        first.hold(600);
        QueryMemory second = new QueryMemoryLedger(new MemoryBudget(1_000, 1)).open();
        second.hold(600); // another server's ledger: unaffected
        QueryMemoryExceeded e = assertThrows(QueryMemoryExceeded.class, () -> ledger.open().hold(600));
        assertTrue(e.getMessage().contains("together"), e.getMessage());
        first.releaseAll();
        assertEquals(600, ledger.heldBytes(), "the refused hold is still counted until its query gives it back");
    }

    /** TDB2 installs its own executor in its datasets' context; the budgeted one replaces it and still charges. */
    @Test
    void tdb2DatasetsAreChargedToo() {
        DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        tdb.executeWrite(() -> DATA.find().forEachRemaining(tdb::add));
        BudgetedOpExecutor.install(tdb.getContext());
        QueryMemory memory = account(1 << 20);
        tdb.executeRead(() -> {
            QueryExec exec = QueryExec.dataset(tdb).query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f").build();
            exec.getContext().set(QueryMemory.SYMBOL, memory);
            try (exec) {
                assertThrows(QueryMemoryExceeded.class, () -> exec.select().forEachRemaining(r -> {}));
            }
        });
        assertEquals(0, memory.heldBytes());
    }
}
