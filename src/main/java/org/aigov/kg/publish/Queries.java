package org.aigov.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Loads the publishing layer's SPARQL from {@code queries/NAME.rq} beside this class, parsed once. */
public final class Queries {
    private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

    private Queries() {}

    public static Query get(String name) {
        return CACHE.computeIfAbsent(name, Queries::load).cloneQuery();
    }

    private static Query load(String name) {
        String path = "queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing query resource " + path);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
