package org.aigov.kg.check;

import java.util.List;

/** The outcome of validating a graph: its violations, sorted by focus node and path. */
public record Report(List<Violation> violations) {
    public Report {
        violations = List.copyOf(violations);
    }

    /** True when the graph satisfies every shape. */
    public boolean conforms() { return violations.isEmpty(); }

    public int size() { return violations.size(); }
}
