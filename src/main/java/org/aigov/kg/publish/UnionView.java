package org.aigov.kg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The served graph: the union of all named graphs (docs/MODEL.md), plus the default graph when
 * it is not empty. Call inside a read transaction.
 */
public final class UnionView {
    private UnionView() {}

    public static Graph graph(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph named = dsg.getUnionGraph();
        Graph dflt = dsg.getDefaultGraph();
        return dflt.isEmpty() ? named : new Union(dflt, named);
    }

    public static Model model(Dataset ds) {
        return ModelFactory.createModelForGraph(graph(ds));
    }
}
