package org.aigov.kg.export;

import java.util.Comparator;
import java.util.Objects;

/** A directed, typed, weighted link between two node ids of a network. */
public record Edge(String source, String target, String relation, String label, double weight) implements Comparable<Edge> {
    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::source)
            .thenComparing(Edge::target).thenComparing(Edge::relation).thenComparing(Edge::label)
            .thenComparingDouble(Edge::weight);

    public Edge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        label = label == null ? relation : label;
    }

    /** Edges with the same key are one edge: their weights add up. */
    public String key() {
        return source + '\u0000' + target + '\u0000' + relation + '\u0000' + label;
    }

    @Override
    public int compareTo(Edge other) {
        return ORDER.compare(this, other);
    }
}
