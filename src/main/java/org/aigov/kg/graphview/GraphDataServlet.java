package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aigov.kg.BadInputException;
import org.aigov.kg.export.NetworkBuilder;

/** GET /graph/data.json[?lang=en|ja|hi][&amp;statement=IRI]: the network as Cytoscape.js elements with filter facets. */
final class GraphDataServlet extends HttpServlet {
    private static final int CACHE_SIZE = 64;
    private final NetworkBuilder builder;
    // The served dataset is read-only, so an answer stays right; a small LRU bounds memory.
    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    GraphDataServlet(NetworkBuilder builder) {
        this.builder = builder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = Params.lang(req);
        if (lang == null) {
            Responses.error(resp, 400, "lang must be one of " + Params.LANGUAGES);
            return;
        }
        String statement = req.getParameter("statement");
        if (statement != null && Params.iri(req, "statement") == null) {
            Responses.error(resp, 400, "statement must be an absolute http(s) IRI");
            return;
        }
        String key = lang + ' ' + (statement == null ? "" : statement);
        String json;
        synchronized (cache) {
            json = cache.get(key);
        }
        if (json == null) {
            try {
                NetworkBuilder b = builder.language(lang);
                json = ViewData.json(statement == null ? b : b.restrictTo(statement));
            } catch (BadInputException e) {
                Responses.error(resp, 404, e.getMessage());
                return;
            }
            synchronized (cache) {
                cache.put(key, json);
            }
        }
        Responses.json(resp, json);
    }
}
