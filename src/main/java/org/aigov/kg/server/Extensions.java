package org.aigov.kg.server;

import java.util.List;

/** Every {@link ServerExtension} {@code aigov serve} installs: one line each. */
public final class Extensions {
    private Extensions() {}

    public static List<ServerExtension> all() {
        return List.of(
                new QueryPage(),         // server: the query page at /query with the queries/ examples
                new org.aigov.kg.publish.LinkedDataExtension(), // ld: /id/*, /ontology, /void, /dumps/, /context.jsonld
                new org.aigov.kg.graphview.GraphView(), // graphview: the interactive graph at /graph
                new org.aigov.kg.timeline.TimelineView(), // timeline: statements, events and targets in time at /timeline
                new HomeRedirect()       // server: / redirects to /query
        );
    }
}
