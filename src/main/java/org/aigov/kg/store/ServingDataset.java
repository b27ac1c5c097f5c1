package org.aigov.kg.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset ready to serve: its named graphs, text-indexed so that jena-text answers
 * {@code text:query}. Query it through {@link #view()}, where the union of the named graphs is
 * the default graph. Close it when the server has stopped.
 *
 * @param dataset     the text-indexed dataset (named graphs; its own default graph is empty)
 * @param description one line for the user, e.g. "in memory" or "TDB2 /data/kg/db-000003"
 * @param closer      releases files and indexes
 */
public record ServingDataset(DatasetGraph dataset, String description, AutoCloseable closer) implements AutoCloseable {

    /** Read-only, union-default-graph view for querying (what the endpoint serves). */
    public DatasetGraph view() {
        return org.aigov.kg.source.UnionView.readOnly(dataset, TextIndexSpec.queryContext(dataset));
    }

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
