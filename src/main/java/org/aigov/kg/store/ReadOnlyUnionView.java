package org.aigov.kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * What the endpoint sees: the dataset read-only, with the union of the named graphs as its
 * default graph (for SPARQL and for Graph Store Protocol reads alike), and its own context
 * carrying the server's limits. Write transactions are refused, whichever way they are asked for.
 */
public final class ReadOnlyUnionView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    public ReadOnlyUnionView(DatasetGraph dsg, Context context) {
        super(dsg, context);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(get().getUnionGraph());
    }

    @Override
    public Graph getUnionGraph() {
        return new GraphReadOnly(get().getUnionGraph());
    }

    @Override
    public void begin(ReadWrite mode) {
        // Jena's read-only wrapper only warns on WRITE; this one refuses.
        if (mode == ReadWrite.WRITE) throw new JenaTransactionException("read-only dataset: no write transactions");
        super.begin(ReadWrite.READ);
    }

    @Override
    public void begin(TxnType type) {
        if (type == TxnType.WRITE) throw new JenaTransactionException("read-only dataset: no write transactions");
        // A promotable read would be a way to write later: it becomes a plain read.
        super.begin(ReadWrite.READ);
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    // Every mutation is refused, in or out of a transaction.
    @Override public void add(Quad quad) { refuse(); }
    @Override public void add(Node g, Node s, Node p, Node o) { refuse(); }
    @Override public void delete(Quad quad) { refuse(); }
    @Override public void delete(Node g, Node s, Node p, Node o) { refuse(); }
    @Override public void deleteAny(Node g, Node s, Node p, Node o) { refuse(); }
    @Override public void addGraph(Node graphName, Graph graph) { refuse(); }
    @Override public void removeGraph(Node graphName) { refuse(); }
    @Override public void clear() { refuse(); }

    private static void refuse() {
        throw new UnsupportedOperationException("read-only dataset");
    }
}
