package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aigov.kg.export.NetworkBuilder;

/** GET /graph/node.json?id=IRI[&amp;lang=…]: what the side panel shows about one node. */
final class NodeServlet extends HttpServlet {
    private final NetworkBuilder builder;
    private final String base;

    NodeServlet(NetworkBuilder builder, String base) {
        this.builder = builder;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = Params.iri(req, "id");
        String lang = Params.lang(req);
        if (id == null || lang == null) {
            Responses.error(resp, 400, "give id=an absolute http(s) IRI and optionally lang=" + Params.LANGUAGES);
            return;
        }
        Responses.json(resp, NodeDetails.json(builder, id, lang, base));
    }
}
