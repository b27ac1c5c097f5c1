package org.aigov.kg.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A format-neutral network: nodes sorted by id, edges by source, target, relation and label,
 * so every writer produces the same bytes for the same graph.
 */
public final class Network {
    private final List<Node> nodes;
    private final List<Edge> edges;

    private Network(List<Node> nodes, List<Edge> edges) {
        this.nodes = Collections.unmodifiableList(nodes);
        this.edges = Collections.unmodifiableList(edges);
    }

    /** Sorts, drops duplicate nodes (first wins) and merges edges with the same key by adding weights. */
    public static Network of(Iterable<Node> nodes, Iterable<Edge> edges) {
        Map<String, Node> byId = new TreeMap<>();
        for (Node n : nodes) byId.putIfAbsent(n.id(), n);
        Map<String, Edge> byKey = new LinkedHashMap<>();
        for (Edge e : edges) {
            byKey.merge(e.key(), e, (a, b) -> new Edge(a.source(), a.target(), a.relation(), a.label(), a.weight() + b.weight()));
        }
        List<Edge> sorted = new ArrayList<>(byKey.values());
        Collections.sort(sorted);
        return new Network(new ArrayList<>(byId.values()), sorted);
    }

    public List<Node> nodes() { return nodes; }

    public List<Edge> edges() { return edges; }

    @Override
    public String toString() {
        return "Network(" + nodes.size() + " nodes, " + edges.size() + " edges)";
    }
}
