package org.aigov.kg.graphview;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/** Test harness: a Fuseki server on a free loopback port with the dataset at /aigov and the graph view. */
public final class GraphViewServer implements AutoCloseable {
    final FusekiServer server;

    private GraphViewServer(FusekiServer server) {
        this.server = server;
    }

    public static GraphViewServer start(Dataset ds) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/aigov", ds, false);
        return new GraphViewServer(GraphViewExtension.register(b, ds).build().start());
    }

    public String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
