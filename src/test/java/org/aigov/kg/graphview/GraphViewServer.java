package org.aigov.kg.graphview;

import org.aigov.kg.server.AigovServer;
import org.aigov.kg.server.Extensions;
import org.apache.jena.query.Dataset;

/**
 * Test harness: the real {@code aigov serve} server (read-only, union default graph, every
 * registered extension, the graph view among them) on a free loopback port over a dataset.
 */
public final class GraphViewServer implements AutoCloseable {
    final AigovServer server;

    private GraphViewServer(AigovServer server) {
        this.server = server;
    }

    public static GraphViewServer start(Dataset ds) {
        return new GraphViewServer(AigovServer.builder().dataset(ds.asDatasetGraph()).port(0)
                .extensions(Extensions.all()).build().start());
    }

    /** An absolute URL on the server for a path starting with '/'. */
    public String url(String path) {
        return server.url() + path.substring(1);
    }

    @Override
    public void close() {
        server.stop();
    }
}
