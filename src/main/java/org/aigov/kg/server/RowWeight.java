package org.aigov.kg.server;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Estimated heap bytes of a row or quad kept by a query: a fixed cost per object and per value,
 * plus the characters of each literal. Errs high (a literal shared with the store is counted
 * again for every row), which is the safe side for a budget.
 */
final class RowWeight {
    static final long ROW = 48;
    static final long VALUE = 32;

    private RowWeight() {}

    static long of(Binding row) {
        long bytes = ROW;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) bytes += VALUE + literalChars(row.get(vars.next()));
        return bytes;
    }

    static long of(Quad q) {
        return ROW + 4 * VALUE + literalChars(q.getObject());
    }

    private static long literalChars(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm().length() : 0;
    }
}
