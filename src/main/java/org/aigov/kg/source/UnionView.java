package org.aigov.kg.source;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * The one union view (docs/MODEL.md): what every command and the server query as the default graph is
 * the union of the named graphs — every file's default-graph triples are in a graph of their own
 * ({@link RdfFiles#emitQuads}) — or, for a dataset without named graphs, its default graph.
 * Read the views inside a read transaction of the dataset they show.
 */
public final class UnionView {
    private UnionView() {}

    /** The union of the named graphs, or the default graph when there are none. */
    public static Graph graph(DatasetGraph dsg) {
        return hasNamedGraphs(dsg) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
    }

    public static Graph graph(Dataset ds) { return graph(ds.asDatasetGraph()); }

    public static Model model(Dataset ds) { return ModelFactory.createModelForGraph(graph(ds)); }

    public static boolean hasNamedGraphs(DatasetGraph dsg) {
        Iterator<Node> names = dsg.listGraphNodes();
        try {
            return names.hasNext();
        } finally {
            Iter.close(names);
        }
    }

    /** A dataset with the same named graphs (linked, not copied) whose default graph is {@link #graph}. */
    public static Dataset dataset(Dataset base) {
        DatasetGraph dsg = base.asDatasetGraph();
        Graph union = graph(dsg);
        DatasetGraph view = linked(union, dsg, dsg.listGraphNodes());
        if (!(union instanceof GraphReadOnly)) view.prefixes().putAll(dsg.prefixes()); // a read-only view's graph shows its own
        return DatasetFactory.wrap(view);
    }

    /** A dataset over {@code defaultGraph} with the listed named graphs of {@code base}, linked not copied. */
    public static DatasetGraph linked(Graph defaultGraph, DatasetGraph base, Iterator<Node> names) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(defaultGraph);
        names.forEachRemaining(n -> view.addGraph(n, base.getGraph(n)));
        return view;
    }

    /** What the endpoint sees: {@code dsg} read-only, the union its default graph, with its own context. */
    public static DatasetGraph readOnly(DatasetGraph dsg, Context context) {
        return new ReadOnly(dsg, context);
    }

    /** The read-only union view; write transactions are refused, whichever way they are asked for. */
    private static final class ReadOnly extends DatasetGraphReadOnly implements DatasetGraphWrapperView {
        ReadOnly(DatasetGraph dsg, Context context) { super(dsg, context); }

        @Override public Graph getDefaultGraph() { return new GraphReadOnly(get().getUnionGraph()); }

        @Override public Graph getUnionGraph() { return new GraphReadOnly(get().getUnionGraph()); }

        @Override
        public void begin(ReadWrite mode) {
            // Jena's read-only wrapper only warns on WRITE; this one refuses.
            if (mode == ReadWrite.WRITE) throw new JenaTransactionException("read-only dataset: no write transactions");
            super.begin(ReadWrite.READ);
        }

        @Override
        public void begin(TxnType type) {
            if (type == TxnType.WRITE) throw new JenaTransactionException("read-only dataset: no write transactions");
            super.begin(ReadWrite.READ); // a promotable read would be a way to write later: it becomes a plain read
        }

        @Override public boolean promote(Promote mode) { return false; }

        // Every mutation is refused, in or out of a transaction.
        @Override public void add(Quad quad) { refuse(); }
        @Override public void add(Node g, Node s, Node p, Node o) { refuse(); }
        @Override public void delete(Quad quad) { refuse(); }
        @Override public void delete(Node g, Node s, Node p, Node o) { refuse(); }
        @Override public void deleteAny(Node g, Node s, Node p, Node o) { refuse(); }
        @Override public void addGraph(Node graphName, Graph graph) { refuse(); }
        @Override public void removeGraph(Node graphName) { refuse(); }
        @Override public void clear() { refuse(); }

        private static void refuse() { throw new UnsupportedOperationException("read-only dataset"); }
    }
}
