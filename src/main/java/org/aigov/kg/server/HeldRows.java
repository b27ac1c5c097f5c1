package org.aigov.kg.server;

import java.util.function.ToLongFunction;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterProcessBinding;

/**
 * Rows passing into (or out of) an operator that keeps them — a sort, a DISTINCT, the table of
 * a hash join — charged to the query's memory as they pass and given back when it closes.
 */
final class HeldRows extends QueryIterProcessBinding {
    private final QueryMemory memory;
    private final ToLongFunction<Binding> cost;
    private long charged;

    HeldRows(QueryIterator rows, QueryMemory memory, ToLongFunction<Binding> cost, ExecutionContext cxt) {
        super(rows, cxt);
        this.memory = memory;
        this.cost = cost;
    }

    /** Every row is kept: charged at its estimated size. */
    static QueryIterator all(QueryIterator rows, QueryMemory memory, ExecutionContext cxt) {
        return memory == null ? rows : new HeldRows(rows, memory, RowWeight::of, cxt);
    }

    @Override
    public Binding accept(Binding row) {
        long bytes = cost.applyAsLong(row);
        if (bytes > 0) {
            charged += bytes;
            memory.hold(bytes);
        }
        return row;
    }

    @Override
    protected void closeSubIterator() {
        memory.release(charged);
        charged = 0;
    }
}
