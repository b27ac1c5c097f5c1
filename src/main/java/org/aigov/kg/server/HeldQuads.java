package org.aigov.kg.server;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/** The in-memory dataset a CONSTRUCT result is collected in, each quad charged to the query's memory. */
final class HeldQuads extends DatasetGraphWrapper {
    private final QueryMemory memory;

    HeldQuads(QueryMemory memory) {
        super(DatasetGraphFactory.create());
        this.memory = memory;
    }

    @Override
    public void add(Quad quad) {
        memory.hold(RowWeight.of(quad));
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }
}
