package org.aigov.kg.graphview;

import org.aigov.kg.server.ServerContext;
import org.aigov.kg.server.ServerExtension;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;

/** The graph view as a part of {@code aigov serve}: /graph and its data, over the served (read-only, union) dataset. */
public final class GraphView implements ServerExtension {
    @Override
    public void register(FusekiServer.Builder builder, ServerContext ctx) {
        GraphViewExtension.register(builder, DatasetFactory.wrap(ctx.dataset()), ctx.baseIri());
    }
}
