package org.aigov.kg.graphview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The files the /graph page needs, all from the classpath: our page, script and style, and Cytoscape.js from its webjar. */
final class Assets {
    /** A classpath resource and the content type it is served with. */
    record Asset(String resource, String contentType) {}

    static final String CYTOSCAPE_VERSION = org.aigov.kg.server.Webjars.version("cytoscape");

    private static final Map<String, Asset> BY_NAME = Map.of(
            "graph.js", new Asset("/graphview/graph.js", "text/javascript; charset=utf-8"),
            "graph.css", new Asset("/graphview/graph.css", "text/css; charset=utf-8"),
            "cytoscape.min.js", new Asset("/META-INF/resources/webjars/cytoscape/" + CYTOSCAPE_VERSION + "/dist/cytoscape.min.js",
                    "text/javascript; charset=utf-8"),
            "cytoscape-LICENSE.txt", new Asset("/META-INF/resources/webjars/cytoscape/" + CYTOSCAPE_VERSION + "/LICENSE",
                    "text/plain; charset=utf-8"));

    static final Asset PAGE = new Asset("/graphview/graph.html", "text/html; charset=utf-8");

    private Assets() {}

    /** Only the listed names are served: no path from a request ever reaches the classpath. */
    static Asset byName(String name) {
        return BY_NAME.get(name);
    }

    static byte[] bytes(Asset asset) {
        try (InputStream in = Assets.class.getResourceAsStream(asset.resource())) {
            if (in == null) throw new IllegalStateException("missing resource " + asset.resource());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
