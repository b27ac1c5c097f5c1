package org.aigov.kg.export;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Read views of a dataset for queries: the union of named graphs as default graph (docs/MODEL.md). */
final class UnionDefaultGraph {
    private UnionDefaultGraph() {}

    /**
     * A view with the same named graphs whose default graph is the union of them when the
     * dataset's own default graph is empty (the loader's), else that default graph (a server's
     * union view). A plain linked dataset: ARQ's general engine then honours the default graph.
     */
    static DatasetGraph of(DatasetGraph dsg) {
        Graph dft = dsg.getDefaultGraph().isEmpty() ? dsg.getUnionGraph() : dsg.getDefaultGraph();
        return linked(dft, dsg, dsg.listGraphNodes());
    }

    /** A dataset over the given default graph and the listed named graphs of base, linked not copied. */
    static DatasetGraph linked(Graph defaultGraph, DatasetGraph base, java.util.Iterator<Node> names) {
        DatasetGraph view = DatasetGraphFactory.create(defaultGraph);
        names.forEachRemaining(n -> view.addGraph(n, base.getGraph(n)));
        return view;
    }

    static DatasetGraph linked(Graph defaultGraph, DatasetGraph base, List<Node> names) {
        return linked(defaultGraph, base, names.iterator());
    }
}
