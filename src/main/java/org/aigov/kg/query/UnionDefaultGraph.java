package org.aigov.kg.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A view of a dataset whose default graph is the union of its named graphs, as aigov serves it. */
public final class UnionDefaultGraph {
    private UnionDefaultGraph() {}

    /**
     * The view shares the named graphs (no copy): queries may ignore GRAPH, or use it to ask which
     * statement a fact comes from. Read it inside a read transaction of {@code base}.
     */
    public static Dataset view(Dataset base) {
        DatasetGraph dsg = base.asDatasetGraph();
        DatasetGraph view = DatasetGraphFactory.createGeneral(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(name -> view.addGraph(name, dsg.getGraph(name)));
        view.prefixes().putAll(dsg.prefixes());
        return DatasetFactory.wrap(view);
    }
}
