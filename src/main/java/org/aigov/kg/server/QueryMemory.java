package org.aigov.kg.server;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.util.Symbol;

/**
 * What one running query holds (estimated bytes of the rows its sorts, groups, DISTINCTs,
 * hash joins and CONSTRUCT results keep), checked against its share and against the total
 * of every running query; {@link #hold} throws {@link QueryMemoryExceeded} past either.
 */
public final class QueryMemory {
    /** Where the query's context carries its account. */
    public static final Symbol SYMBOL = Symbol.create("urn:aigov:query-memory");

    private final MemoryBudget budget;
    private final AtomicLong allQueries;
    private final AtomicLong held = new AtomicLong();

    QueryMemory(MemoryBudget budget, AtomicLong allQueries) {
        this.budget = budget;
        this.allQueries = allQueries;
    }

    /** Adds what a row or result costs; throws once the query's share or the server's budget is exceeded. */
    public void hold(long bytes) {
        long mine = held.addAndGet(bytes);
        long all = allQueries.addAndGet(bytes);
        if (mine > budget.perQueryBytes()) {
            throw new QueryMemoryExceeded("Query cancelled: its intermediate results (sorting, grouping, DISTINCT, joins or CONSTRUCT) "
                    + "would hold more than its share of memory, " + MemoryBudget.mb(budget.perQueryBytes())
                    + ". Narrow the pattern, add LIMIT, or avoid sorting or grouping a cross product.");
        }
        if (all > budget.totalBytes()) {
            throw new QueryMemoryExceeded("Query cancelled: the queries running now would together hold more than the server's budget, "
                    + MemoryBudget.mb(budget.totalBytes()) + ". Try again shortly, or narrow the query.");
        }
    }

    /** Gives back what was held (a finished sort, a closed join). */
    public void release(long bytes) {
        held.addAndGet(-bytes);
        allQueries.addAndGet(-bytes);
    }

    /** Gives back everything still held; called when the query ends. */
    public void releaseAll() {
        release(held.get());
    }

    public long heldBytes() { return held.get(); }
}
