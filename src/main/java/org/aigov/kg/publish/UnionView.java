package org.aigov.kg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The served graph: the union of all named graphs (docs/MODEL.md). A dataset without named graphs
 * is served from its default graph. (The server's dataset has the union as its default graph, so
 * adding the default graph to the union would only read everything twice.) Call inside a read transaction.
 */
public final class UnionView {
    private UnionView() {}

    public static Graph graph(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return hasNamedGraphs(dsg) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
    }

    public static boolean hasNamedGraphs(DatasetGraph dsg) {
        var names = dsg.listGraphNodes();
        try {
            return names.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(names);
        }
    }

    public static Model model(Dataset ds) {
        return ModelFactory.createModelForGraph(graph(ds));
    }
}
