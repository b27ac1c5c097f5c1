package org.aigov.kg.timeline;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aigov.kg.publish.Linker;
import org.aigov.kg.publish.UiText;
import org.aigov.kg.server.FixedFiles;
import org.aigov.kg.server.ServerContext;
import org.aigov.kg.server.ServerExtension;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code /timeline}: statements, events and targets on a zoomable time axis (plain SVG, no library), and its data at {@code /timeline/data.json}. */
public final class TimelineView implements ServerExtension {
    private static final String OWN = "/org/aigov/kg/timeline/";

    @Override
    public void register(FusekiServer.Builder b, ServerContext ctx) {
        b.addServlet("/timeline", new FixedFiles(Map.of("", new FixedFiles.File(OWN + "timeline.html", "text/html; charset=utf-8"))));
        b.addServlet("/timeline/assets/*", new FixedFiles(Map.of(
                "timeline.js", new FixedFiles.File(OWN + "timeline.js", "text/javascript; charset=utf-8"),
                "timeline.css", new FixedFiles.File(OWN + "timeline.css", "text/css; charset=utf-8"))));
        b.addServlet("/timeline/data.json", new DataServlet(ctx.dataset(), ctx.baseIri()));
    }

    /** JSON on one line: the data of 1,000 statements is large enough for indentation to matter. */
    static String flat(org.apache.jena.atlas.json.JsonValue v) {
        org.apache.jena.atlas.io.IndentedLineBuffer out = new org.apache.jena.atlas.io.IndentedLineBuffer();
        out.setFlatMode(true);
        v.output(out);
        return out.asString();
    }

    /** The items as JSON in a language ({@code ?lang=en|ja|hi}); the served dataset is read-only, so each language is computed once. */
    private static final class DataServlet extends HttpServlet {
        private final transient DatasetGraph dataset;
        private final String base;
        private final transient Map<String, byte[]> byLang = new ConcurrentHashMap<>();

        DataServlet(DatasetGraph dataset, String base) {
            this.dataset = dataset;
            this.base = base;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String lang = req.getParameter("lang") == null ? "en" : req.getParameter("lang");
            if (!UiText.supports(lang)) {
                resp.sendError(400, "lang must be one of " + UiText.LANGUAGES);
                return;
            }
            byte[] body = byLang.computeIfAbsent(lang, l -> Txn.calculateRead(dataset, () ->
                    flat(new TimelineData(dataset.getDefaultGraph(), l, new Linker(base, true, l.equals("en") ? null : l))
                            .build()).getBytes(StandardCharsets.UTF_8)));
            resp.setContentType("application/json; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
