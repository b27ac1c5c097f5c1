package org.aigov.kg.export;

import java.util.Objects;

/** A vertex of an exported network: an IRI (or literal) with a label, a type and how many statements name it. */
public record Node(String id, String label, String type, int statementCount) implements Comparable<Node> {
    public Node {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        type = type == null || type.isBlank() ? "Resource" : type;
    }

    @Override
    public int compareTo(Node other) {
        return id.compareTo(other.id);
    }
}
