package org.aigov.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The browser query page at {@value #PATH}: a self-contained HTML page (no CDN, works offline)
 * that runs SPARQL against /aigov/sparql and offers the queries of {@code queries/} as
 * examples, listed as JSON at {@value #EXAMPLES_PATH}.
 */
public final class QueryPage implements ServerExtension {
    public static final String PATH = "/query";
    public static final String EXAMPLES_PATH = "/query/examples.json";
    private static final String PAGE = "/org/aigov/kg/server/query.html";

    @Override
    public void register(org.apache.jena.fuseki.main.FusekiServer.Builder b, ServerContext ctx) {
        b.addServlet(PATH, new PageServlet());
        b.addServlet(EXAMPLES_PATH, new ExamplesServlet(ctx));
    }

    /** Serves the page from the jar. */
    private static final class PageServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            try (InputStream in = QueryPage.class.getResourceAsStream(PAGE)) {
                if (in == null) {
                    res.sendError(500, "query page missing from the jar");
                    return;
                }
                res.setContentType("text/html;charset=utf-8");
                res.setHeader("Cache-Control", "no-cache");
                in.transferTo(res.getOutputStream());
            }
        }
    }

    /** Lists the named queries, read afresh on each request so edits show on reload. */
    private static final class ExamplesServlet extends HttpServlet {
        private final transient ServerContext ctx;

        ExamplesServlet(ServerContext ctx) {
            this.ctx = ctx;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            JsonArray list = new JsonArray();
            for (ExampleQueries.Example e : ExampleQueries.read(ctx.queriesDir())) {
                JsonObject o = new JsonObject();
                o.put("name", e.name());
                o.put("title", e.title());
                o.put("description", e.description());
                JsonArray params = new JsonArray();
                e.params().forEach(params::add);
                o.put("params", params);
                o.put("query", e.text());
                list.add(o);
            }
            res.setContentType("application/json;charset=utf-8");
            res.getOutputStream().write(list.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
