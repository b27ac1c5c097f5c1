package org.aigov.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** GET PREFIX/NAME (PREFIX alone: name "") for a fixed set of classpath files, read once, under a self-only policy; no path from a request ever reaches the classpath. */
public final class FixedFiles extends HttpServlet {
    /** A classpath resource and the content type it is served with. */
    public record File(String resource, String contentType) {}

    /** Everything from this server only; styles may be inline (the editors set them), scripts may not. */
    public static final String SELF_ONLY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            + "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final transient Map<String, byte[]> bodies;
    private final transient Map<String, File> files;

    public FixedFiles(Map<String, File> files) {
        this.files = Map.copyOf(files);
        this.bodies = new java.util.HashMap<>();
        files.forEach((name, f) -> bodies.put(name, Webjars.bytes(f.resource())));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        File f = files.get(name);
        if (f == null) {
            resp.sendError(404, "no such file");
            return;
        }
        byte[] body = bodies.get(name);
        resp.setContentType(f.contentType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", f.contentType().startsWith("text/html") ? "no-cache" : "max-age=3600");
        resp.setHeader("Content-Security-Policy", SELF_ONLY);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
