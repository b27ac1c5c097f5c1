package org.aigov.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.aigov.kg.vocab.Prefixes;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The SPARQL editor at {@value #PATH}: YASGUI from its webjar (syntax checking, prefix completion,
 * sortable paged results, raw response, downloads, share links, tabs), served from the jar with no
 * CDN, the queries of {@code queries/} as examples ({@value #EXAMPLES_PATH}) and the dataset's
 * prefixes for completion ({@value #PREFIXES_PATH}).
 */
public final class QueryPage implements ServerExtension {
    public static final String PATH = "/query";
    public static final String EXAMPLES_PATH = "/query/examples.json";
    public static final String PREFIXES_PATH = "/query/prefixes.json";
    static final String YASGUI = "zazuko__yasgui";
    private static final String OWN = "/org/aigov/kg/server/query/";
    @Override
    public void register(FusekiServer.Builder b, ServerContext ctx) {
        b.addServlet(PATH, new FixedFiles(Map.of("", new FixedFiles.File(OWN + "query.html", "text/html; charset=utf-8"))));
        b.addServlet(PATH + "/assets/*", new FixedFiles(Map.of(
                "yasgui.min.js", new FixedFiles.File(Webjars.resource(YASGUI, "build/yasgui.min.js"), "text/javascript; charset=utf-8"),
                "yasgui.min.css", new FixedFiles.File(Webjars.resource(YASGUI, "build/yasgui.min.css"), "text/css; charset=utf-8"),
                "query.js", new FixedFiles.File(OWN + "query.js", "text/javascript; charset=utf-8"),
                "query.css", new FixedFiles.File(OWN + "query.css", "text/css; charset=utf-8"))));
        b.addServlet(EXAMPLES_PATH, new ExamplesServlet(ctx));
        b.addServlet(PREFIXES_PATH, new JsonServlet(prefixes(ctx.baseIri())));
    }

    /** The prefixes the data and the named queries use, as {"aigo": "https://…#", …}. */
    static String prefixes(String base) {
        JsonObject o = new JsonObject();
        new TreeMap<>(Prefixes.forBase(base).getNsPrefixMap()).forEach(o::put);
        return o.toString();
    }

    /** A fixed JSON document. */
    private static final class JsonServlet extends HttpServlet {
        private final transient byte[] body;

        JsonServlet(String json) {
            this.body = json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.setContentType("application/json;charset=utf-8");
            res.getOutputStream().write(body);
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
            res.setHeader("Cache-Control", "no-cache");
            res.getOutputStream().write(list.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
