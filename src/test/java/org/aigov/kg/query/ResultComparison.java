package org.aigov.kg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Compares an answer with expected rows: as multisets, in order, or as "includes". IRIs compare
 * exactly, literals by lexical form, datatype and language tag (Jena's term equality).
 */
final class ResultComparison {
    private ResultComparison() {}

    /** Null when they agree, else a description of every difference. */
    static String differences(ResultRows expected, ResultRows actual, boolean ordered, boolean includes) {
        ResultRows got = actual.project(expected.vars());
        List<String> cols = expected.vars();
        List<Map<String, Node>> unmatched = new ArrayList<>(got.rows());
        List<Map<String, Node>> missing = new ArrayList<>();
        for (Map<String, Node> row : expected.rows()) {
            if (!unmatched.remove(row)) missing.add(row);
        }
        StringBuilder b = new StringBuilder();
        for (Map<String, Node> row : missing) b.append("\n  missing:    ").append(ResultRows.show(cols, row));
        if (!includes) {
            for (Map<String, Node> row : unmatched) b.append("\n  unexpected: ").append(ResultRows.show(cols, row));
            if (b.length() == 0 && ordered && !expected.rows().equals(got.rows())) {
                b.append("\n  same rows, other order (the query has ORDER BY). Answer in order:");
                for (Map<String, Node> row : got.rows()) b.append("\n    ").append(ResultRows.show(cols, row));
            }
        }
        if (b.length() == 0) return null;
        return "expected " + expected.rows().size() + " row(s) " + (includes ? "among" : "as") + " the answer's "
                + got.rows().size() + ":" + b;
    }
}
