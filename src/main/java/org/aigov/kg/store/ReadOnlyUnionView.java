package org.aigov.kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * What the endpoint sees: the dataset read-only, with the union of the named graphs as its
 * default graph (for SPARQL and for Graph Store Protocol reads alike), and its own context
 * carrying the server's limits.
 */
public final class ReadOnlyUnionView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    public ReadOnlyUnionView(DatasetGraph dsg, Context context) {
        super(dsg, context);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(get().getUnionGraph());
    }
}
