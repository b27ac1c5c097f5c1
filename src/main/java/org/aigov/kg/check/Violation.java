package org.aigov.kg.check;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.Path;

/** One SHACL result: the node that fails, along which path, why, and the offending value (may be null). */
public record Violation(String severity, Node focus, Path path, String message, Node value, Node shape) {
    /** A completeness finding (sh:Warning or sh:Info) rather than a broken integrity constraint. */
    public boolean isWarning() { return "Warning".equals(severity) || "Info".equals(severity); }
}
