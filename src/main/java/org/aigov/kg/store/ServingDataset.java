package org.aigov.kg.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset ready to serve: the union of the named graphs is its default graph and jena-text
 * answers {@code text:query}. Close it when the server has stopped.
 *
 * @param dataset     what the server queries (text-indexed, union default graph)
 * @param description one line for the user, e.g. "in memory" or "TDB2 /data/kg/db-000003"
 * @param closer      releases files and indexes
 */
public record ServingDataset(DatasetGraph dataset, String description, AutoCloseable closer) implements AutoCloseable {

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return StoreOps.countQuads(dataset);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + description + ": " + e.getMessage(), e);
        }
    }
}
