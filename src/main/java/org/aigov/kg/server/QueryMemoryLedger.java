package org.aigov.kg.server;

import java.util.concurrent.atomic.AtomicLong;

/** The server's memory budget and the sum of what every running query holds; opens one account per query. */
public final class QueryMemoryLedger {
    private final MemoryBudget budget;
    private final AtomicLong allQueries = new AtomicLong();

    public QueryMemoryLedger(MemoryBudget budget) {
        this.budget = budget;
    }

    public QueryMemory open() { return new QueryMemory(budget, allQueries); }

    public MemoryBudget budget() { return budget; }

    /** Estimated bytes held by all running queries now. */
    public long heldBytes() { return allQueries.get(); }
}
