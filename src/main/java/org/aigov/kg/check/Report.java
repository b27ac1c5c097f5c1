package org.aigov.kg.check;

import java.util.List;

/** The outcome of validating a graph: its results (violations and warnings), sorted by focus node and path. */
public record Report(List<Violation> violations) {
    public Report {
        violations = List.copyOf(violations);
    }

    /** True when no integrity constraint is broken; completeness warnings do not count. */
    public boolean conforms() { return errors().isEmpty(); }

    /** Results of severity sh:Violation (or sh:Info-less custom severities): the graph is malformed. */
    public List<Violation> errors() { return violations.stream().filter(v -> !v.isWarning()).toList(); }

    /** Results of severity sh:Warning or sh:Info: something a full statement has was not found. */
    public List<Violation> warnings() { return violations.stream().filter(Violation::isWarning).toList(); }

    public int size() { return violations.size(); }
}
