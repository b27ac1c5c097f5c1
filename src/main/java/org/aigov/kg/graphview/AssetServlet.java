package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /graph/assets/NAME: the page's script and style and Cytoscape.js, from the classpath. */
final class AssetServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        Assets.Asset asset = path == null ? null : Assets.byName(path.startsWith("/") ? path.substring(1) : path);
        if (asset == null) {
            Responses.error(resp, 404, "no such asset");
            return;
        }
        resp.setHeader("Cache-Control", "max-age=3600");
        Responses.send(resp, 200, asset.contentType(), Assets.bytes(asset));
    }
}
