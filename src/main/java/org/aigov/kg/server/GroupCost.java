package org.aigov.kg.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggNull;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * What a GROUP BY keeps per input row: a row that starts a new group costs the group's key and
 * accumulators; with aggregates that keep every value (GROUP_CONCAT, DISTINCT, custom folds)
 * every row costs its size. COUNT(*) over any number of rows in one group costs one group.
 */
final class GroupCost implements ToLongFunction<Binding> {
    private static final long ACCUMULATOR = 64;
    private final List<Var> keyVars = new ArrayList<>();
    private final boolean keepsValues;
    private final int accumulators;
    private final Set<List<Node>> seen = new HashSet<>();

    GroupCost(VarExprList groupBy, List<ExprAggregator> aggregates) {
        for (Var v : groupBy.getVars()) {
            Expr e = groupBy.getExpr(v);
            if (e == null) keyVars.add(v);
            else keyVars.addAll(e.getVarsMentioned());
        }
        this.keepsValues = aggregates.stream().map(ExprAggregator::getAggregator).anyMatch(a -> !constantSpace(a));
        this.accumulators = aggregates.size();
    }

    private static boolean constantSpace(Aggregator a) {
        return a instanceof AggCount || a instanceof AggCountVar || a instanceof AggSum || a instanceof AggAvg
                || a instanceof AggMin || a instanceof AggMax || a instanceof AggSample || a instanceof AggNull;
    }

    @Override
    public long applyAsLong(Binding row) {
        List<Node> key = new ArrayList<>(keyVars.size());
        for (Var v : keyVars) key.add(row.get(v));
        long bytes = seen.add(key) ? 2 * RowWeight.of(row) + ACCUMULATOR * accumulators : 0; // the group's key, and ours in `seen`
        return keepsValues ? bytes + RowWeight.of(row) : bytes;
    }
}
