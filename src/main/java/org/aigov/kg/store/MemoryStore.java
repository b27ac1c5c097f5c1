package org.aigov.kg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Builds an in-memory {@link ServingDataset}: an in-memory TDB2 database (so the union default
 * graph works exactly as on disk) with a Lucene index in RAM.
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
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DatasetGraph indexed = TextIndexSpec.wrap(tdb, dir);
        StoreOps.useUnionDefaultGraph(tdb);
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
