package org.aigov.kg.build;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** Collects the quads of one named graph as triples of a plain graph. */
final class QuadsToGraph extends StreamRDFBase {
    private final Graph graph;

    QuadsToGraph(Graph graph) { this.graph = graph; }

    @Override public void quad(Quad quad) { graph.add(quad.asTriple()); }

    @Override public void triple(org.apache.jena.graph.Triple triple) { graph.add(triple); }
}
