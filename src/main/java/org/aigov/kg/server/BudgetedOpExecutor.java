package org.aigov.kg.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterMinus;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * ARQ's executor with the rows that ARQ keeps in memory charged to the query's
 * {@link QueryMemory}: the input of ORDER BY, the rows DISTINCT remembers, the groups of GROUP BY,
 * the table side of hash joins, OPTIONAL (left join) and MINUS. Everything else streams and
 * runs as ARQ runs it. Without an account in the context it is ARQ's executor unchanged.
 * It extends TDB2's executor, which answers TDB2 graphs from their node tables and is ARQ's
 * own for every other graph, so one executor serves both stores.
 */
public final class BudgetedOpExecutor extends OpExecutorTDB2 {
    private static final OpExecutorFactory FACTORY = BudgetedOpExecutor::new;

    private final QueryMemory memory;

    private BudgetedOpExecutor(ExecutionContext cxt) {
        super(cxt);
        this.memory = cxt.getContext().get(QueryMemory.SYMBOL);
    }

    /** Makes queries run with this context use this executor (in place of ARQ's or TDB2's own). */
    public static Context install(Context cxt) {
        QC.setFactory(cxt, FACTORY);
        return cxt;
    }

    private QueryIterator held(QueryIterator rows) {
        return HeldRows.all(rows, memory, execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        return new QueryIterSort(held(exec(opOrder.getSubOp(), input)), opOrder.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpDistinct opDistinct, QueryIterator input) {
        if (memory == null) return super.execute(opDistinct, input);
        QueryIterator rows = exec(opDistinct.getSubOp(), input);
        List<SortCondition> order = opDistinct.getSubOp() instanceof OpOrder o ? o.getConditions() : null;
        return held(new QueryIterDistinct(rows, order, execCxt)); // what passes is what DISTINCT remembers
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        if (memory == null) return super.execute(opGroup, input);
        QueryIterator rows = new HeldRows(exec(opGroup.getSubOp(), input), memory,
                new GroupCost(opGroup.getGroupVars(), opGroup.getAggregators()), execCxt);
        return new QueryIterGroup(rows, opGroup.getGroupVars(), opGroup.getAggregators(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpJoin opJoin, QueryIterator input) {
        // ARQ's hash join keeps its left side as the table and streams the right.
        QueryIterator left = held(exec(opJoin.getLeft(), input));
        return Join.join(left, exec(opJoin.getRight(), root()), execCxt);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin opLeftJoin, QueryIterator input) {
        // The hash left join keeps its right side as the table.
        QueryIterator left = exec(opLeftJoin.getLeft(), input);
        return Join.leftJoin(left, held(exec(opLeftJoin.getRight(), root())), opLeftJoin.getExprs(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpMinus opMinus, QueryIterator input) {
        Op lhs = opMinus.getLeft();
        Op rhs = opMinus.getRight();
        Set<Var> common = OpVars.visibleVars(lhs);
        common.retainAll(OpVars.visibleVars(rhs));
        QueryIterator left = exec(lhs, input);
        return QueryIterMinus.create(left, held(exec(rhs, root())), common, execCxt);
    }
}
