package org.aigov.kg.server;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Checks and rewrites applied to every query before it runs: no SERVICE, no apf:strSplit, capped SELECT rows. */
public final class QueryGuards {
    /** ARQ's strSplit property function (both namespaces): it splits on a regular expression no timeout can interrupt. */
    static final Set<Node> UNBOUNDED_REGEX_PROPERTY_FUNCTIONS = Set.of(
            NodeFactory.createURI("http://jena.apache.org/ARQ/property#strSplit"),
            NodeFactory.createURI("http://jena.hpl.hp.com/ARQ/property#strSplit"));

    /** What a query may not do anywhere (sub-queries and EXISTS included). */
    public enum Refusal { SERVICE, STRSPLIT }

    private QueryGuards() {}

    /** The first refusal that applies to the query, or null; one walk of its algebra for every check. */
    public static Refusal refusal(Query query) {
        // The algebra inlines sub-queries; walking expressions too reaches FILTER EXISTS { ... }.
        AtomicReference<Refusal> found = new AtomicReference<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override public void visit(OpService opService) { found.compareAndSet(null, Refusal.SERVICE); }

            @Override public void visit(OpBGP bgp) {
                for (Triple t : bgp.getPattern()) strSplit(t);
            }

            @Override public void visit(OpTriple op) { strSplit(op.getTriple()); }

            private void strSplit(Triple t) {
                if (UNBOUNDED_REGEX_PROPERTY_FUNCTIONS.contains(t.getPredicate())) found.compareAndSet(null, Refusal.STRSPLIT);
            }
        }, new ExprVisitorBase());
        return found.get();
    }

    /**
     * Caps a SELECT at {@code maxRows} rows (keeps a smaller LIMIT); returns true when the cap
     * was applied. Other query forms are left alone.
     */
    public static boolean capRows(Query query, long maxRows) {
        if (maxRows <= 0 || !query.isSelectType()) return false;
        if (query.hasLimit() && query.getLimit() <= maxRows) return false;
        query.setLimit(maxRows);
        return true;
    }
}
