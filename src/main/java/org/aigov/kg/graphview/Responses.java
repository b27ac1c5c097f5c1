package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aigov.kg.export.Text;

/** Writing the graph view's responses: bytes with a type, JSON, and JSON errors. */
final class Responses {
    private Responses() {}

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void json(HttpServletResponse resp, String json) throws IOException {
        resp.setHeader("Cache-Control", "no-cache");
        send(resp, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "application/json; charset=utf-8", ("{\"error\":" + Text.json(message) + "}\n").getBytes(StandardCharsets.UTF_8));
    }
}
