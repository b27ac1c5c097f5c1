package org.aigov.kg.store;

import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Builds an in-memory {@link ServingDataset}: Jena's transactional in-memory dataset (TIM) with a
 * Lucene index in RAM. The server's view makes the union of named graphs the default graph.
 */
public final class MemoryStore {
    private MemoryStore() {}

    /** Copies a built dataset (e.g. {@code BuildResult.dataset()}) into a serving dataset. */
    public static ServingDataset of(Dataset built) {
        DatasetGraph source = built.asDatasetGraph();
        return load(QuadSource.distinct(out -> Txn.executeRead(source, () -> source.find().forEachRemaining(out::quad))));
    }

    /**
     * Streams a source into a new in-memory serving dataset; the text documents are written as the
     * quads pass (the documents jena-text's wrapper would write, without its per-quad bookkeeping),
     * on a second thread while this one stores.
     */
    public static ServingDataset load(QuadSource source) {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        long sent;
        try (TextIndexer indexer = new TextIndexer(dir); IndexingInBackground background = new IndexingInBackground(indexer)) {
            CountingStream counted = new CountingStream(StreamRDFLib.dataset(memory));
            Txn.executeWrite(memory, () -> source.emit(background.passingTo(counted)));
            sent = counted.quads();
            background.finish();
        }
        if (!source.distinct() && sent != StoreOps.countQuads(memory)) rebuildIndex(dir, memory); // a quad sent twice was indexed twice
        DatasetGraph indexed = TextDatasetFactory.create(memory, TextIndexSpec.openIndex(dir), true);
        return new ServingDataset(indexed, "in memory", () -> {
            indexed.close();
            dir.close();
        });
    }

    private static void rebuildIndex(ByteBuffersDirectory dir, DatasetGraph memory) {
        try {
            TextIndexer.rebuild(dir, memory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("rebuilding the in-memory text index", e);
        }
    }

    /** Passes quads and triples on, counting them. */
    private static final class CountingStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        private long quads;

        CountingStream(StreamRDF out) { super(out); }

        @Override public void quad(org.apache.jena.sparql.core.Quad q) { quads++; super.quad(q); }

        @Override public void triple(org.apache.jena.graph.Triple t) { quads++; super.triple(t); }

        long quads() { return quads; }
    }
}
