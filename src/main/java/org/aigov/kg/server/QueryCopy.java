package org.aigov.kg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;

/**
 * A deep copy of a parsed query without sub-queries that shares no expression with the original,
 * so the two can run on different threads: ARQ binds a function call to its implementation
 * inside the expression object, on first evaluation, without synchronisation.
 */
final class QueryCopy {
    private static final Pattern SELECT = Pattern.compile("select", Pattern.CASE_INSENSITIVE);

    private QueryCopy() {}

    /**
     * True when {@code query}, parsed from {@code text}, has no sub-query. Jena copies a sub-query
     * with its ORDER BY and aggregate expressions shared; a sub-query needs the keyword SELECT,
     * which SPARQL cannot escape, so more SELECTs in the text than the query's own form means one may be there.
     */
    static boolean copiable(String text, Query query) {
        long selects = SELECT.matcher(text).results().count();
        return selects <= (query.isSelectType() ? 1 : 0);
    }

    /** The copy; {@code query} must be {@link #copiable}. */
    static Query of(Query query) {
        // Jena's transform copies the pattern, projection and GROUP BY; in 5.6.0 it repeats the first HAVING
        // condition at every position and keeps ORDER BY and aggregate expressions shared, so those are redone.
        ElementTransform elements = new ElementTransformCopyBase(true);
        ExprTransform deep = new ExprTransformApplyElementTransform(elements, true);
        Query copy = QueryTransformOps.transform(query, elements, deep);
        if (!query.explicitlySetBaseURI() && query.getBase() != null) copy.setBase(query.getBase()); // the base the parser was given
        List<Expr> having = copy.getHavingExprs();
        having.clear();
        for (Expr e : query.getHavingExprs()) having.add(ExprTransformer.transform(deep, e));
        if (query.getOrderBy() != null) {
            List<SortCondition> order = copy.getOrderBy();
            order.clear();
            for (SortCondition sc : query.getOrderBy()) order.add(new SortCondition(ExprTransformer.transform(deep, sc.getExpression()), sc.getDirection()));
        }
        List<ExprAggregator> aggregators = copy.getAggregators();
        aggregators.clear();
        for (ExprAggregator a : query.getAggregators()) aggregators.add(new ExprAggregator(a.getVar(), copy(a.getAggregator(), deep)));
        return copy;
    }

    private static Aggregator copy(Aggregator aggregator, ExprTransform deep) {
        ExprList args = aggregator.getExprList();
        if (args == null) return aggregator.copy(null); // COUNT(*): no expression
        List<Expr> copied = new ArrayList<>(args.size());
        for (Expr e : args) copied.add(ExprTransformer.transform(deep, e));
        return aggregator.copy(new ExprList(copied));
    }
}
