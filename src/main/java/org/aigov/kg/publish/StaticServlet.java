package org.aigov.kg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Serves one fixed text document (the stylesheet, the JSON-LD context) from memory; no path is ever read from the request. */
public final class StaticServlet extends HttpServlet {
    private final transient byte[] body;
    private final String contentType;

    public StaticServlet(String text, String contentType) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        Requests.sendBytes(resp, contentType, body);
    }
}
