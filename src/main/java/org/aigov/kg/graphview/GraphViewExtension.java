package org.aigov.kg.graphview;

import org.aigov.kg.export.NetworkBuilder;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * Adds the interactive graph view to an embedded Fuseki server:
 * {@code /graph} (page), {@code /graph/data.json}, {@code /graph/node.json}, {@code /graph/assets/*}.
 *
 * <pre>GraphViewExtension.register(FusekiServer.create().port(0).add("/aigov", ds), ds).build().start();</pre>
 */
public final class GraphViewExtension {
    /** Each query the view runs stops after this long: the server stays responsive. */
    static final long QUERY_TIMEOUT_SECONDS = 20;

    private GraphViewExtension() {}

    public static FusekiServer.Builder register(FusekiServer.Builder server, Dataset dataset) {
        return register(server, dataset, Iris.DEFAULT_BASE);
    }

    /** As {@link #register(FusekiServer.Builder, Dataset)}, for IRIs minted under another base (--base). */
    public static FusekiServer.Builder register(FusekiServer.Builder server, Dataset dataset, String base) {
        NetworkBuilder builder = new NetworkBuilder(dataset).timeout(QUERY_TIMEOUT_SECONDS);
        return server
                .addServlet("/graph", new GraphPageServlet())
                .addServlet("/graph/data.json", new GraphDataServlet(builder))
                .addServlet("/graph/node.json", new NodeServlet(builder, base.endsWith("/") ? base : base + "/"))
                .addServlet("/graph/assets/*", new AssetServlet());
    }
}
