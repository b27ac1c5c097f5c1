package org.aigov.kg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A part of the web server contributed by another package (linked-data pages, graph view,
 * query page): adds its servlets, filters or static content to the Fuseki builder before start.
 * List it in {@link Extensions}.
 *
 * <pre>
 * public final class GraphView implements ServerExtension {
 *     public void register(FusekiServer.Builder b, ServerContext ctx) {
 *         b.addServlet("/graph", new GraphServlet(ctx.dataset()));
 *     }
 * }
 * </pre>
 */
@FunctionalInterface
public interface ServerExtension {
    /** Adds this extension's servlets/filters; called once, before the server starts. */
    void register(FusekiServer.Builder builder, ServerContext ctx);
}
