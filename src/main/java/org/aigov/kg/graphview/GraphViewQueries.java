package org.aigov.kg.graphview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The graph view's own queries (src/main/resources/graphview/NAME.rq), parsed once. */
final class GraphViewQueries {
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private GraphViewQueries() {}

    static Query get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = GraphViewQueries.class.getResourceAsStream("/graphview/" + n + ".rq")) {
                if (in == null) throw new IllegalStateException("missing resource /graphview/" + n + ".rq");
                return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
