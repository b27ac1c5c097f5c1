package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /graph: the graph view page (static HTML; its script loads /graph/data.json). */
final class GraphPageServlet extends HttpServlet {
    private final byte[] page = Assets.bytes(Assets.PAGE);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // Everything comes from this server: the page works offline and nothing is pulled from a CDN.
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        resp.setHeader("Cache-Control", "no-cache");
        Responses.send(resp, 200, Assets.PAGE.contentType(), page);
    }
}
