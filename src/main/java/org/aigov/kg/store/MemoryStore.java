package org.aigov.kg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
        return load(out -> Txn.executeRead(source, () -> source.find().forEachRemaining(out::quad)));
    }

    /** Streams a source into a new in-memory serving dataset. */
    public static ServingDataset load(QuadSource source) {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DatasetGraph indexed = TextIndexSpec.wrap(memory, dir);
        Txn.executeWrite(indexed, () -> {
            StreamRDF out = StreamRDFLib.dataset(indexed);
            source.emit(out);
        });
        return new ServingDataset(indexed, "in memory", () -> {
            indexed.close();
            dir.close();
        });
    }
}
