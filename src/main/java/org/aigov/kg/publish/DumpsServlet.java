package org.aigov.kg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /dumps/}: an index page and the dump files, generated on first request into a
 * temporary directory (deleted at exit). Only the fixed file names of {@link Dumps#FILES} are served.
 */
public final class DumpsServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(DumpsServlet.class);
    private final transient Resources resources;
    private transient Path dir;

    public DumpsServlet(Resources resources) {
        this.resources = resources;
    }

    /** The dumps, written once: the served dataset is read-only. */
    private synchronized Path dumps() throws IOException {
        if (dir == null) {
            Path d = Files.createTempDirectory("aigov-dumps-");
            Dumps.write(resources.dataset(), d);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(d)));
            dir = d;
        }
        return dir;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Requests.checkUri(req);
            String info = req.getPathInfo();
            if (info == null) {
                resp.setStatus(301);
                resp.setHeader("Location", "/dumps/");
                return;
            }
            if (info.equals("/")) {
                index(req, resp);
                return;
            }
            String name = info.substring(1);
            Optional<Dumps.DumpFile> file = Dumps.FILES.stream().filter(f -> f.name().equals(name)).findFirst();
            if (file.isEmpty()) {
                throw new Requests.Refusal(404, "No dump named '" + Requests.clip(name) + "'. Available: "
                        + String.join(", ", Dumps.FILES.stream().map(Dumps.DumpFile::name).toList()) + " (see /dumps/).");
            }
            Path p = dumps().resolve(file.get().name());
            resp.setStatus(200);
            resp.setContentType(file.get().mediaType() + (file.get().mediaType().startsWith("application/gzip") ? "" : "; charset=utf-8"));
            resp.setContentLengthLong(Files.size(p));
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().name() + "\"");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            try (OutputStream out = resp.getOutputStream()) {
                Files.copy(p, out);
            }
        } catch (Requests.Refusal r) {
            Requests.sendError(resp, r.status(), r.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("dump request failed", e);
            Requests.sendError(resp, 500, "The dumps could not be produced; the server log has the details.");
        }
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException, Requests.Refusal {
        UiText ui = UiText.of(Requests.language(req));
        Path d = dumps();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(ui.get("dumps.title"))).append("</h1>\n<p>").append(Html.esc(ui.get("dumps.intro"))).append("</p>\n");
        b.append("<table class=\"rel\" id=\"dumps\"><tr><th>").append(Html.esc(ui.get("dumps.file"))).append("</th><th>")
         .append(Html.esc(ui.get("dumps.format"))).append("</th><th>").append(Html.esc(ui.get("dumps.size"))).append("</th></tr>\n");
        for (Dumps.DumpFile f : Dumps.FILES) {
            b.append("<tr><td><a href=\"/dumps/").append(f.name()).append("\">").append(f.name()).append("</a></td><td>")
             .append(Html.esc(f.description())).append(" <span class=\"iri\">").append(f.mediaType()).append("</span></td><td>")
             .append(String.format("%,d", Files.size(d.resolve(f.name())))).append(" B</td></tr>\n");
        }
        b.append("</table>\n<p><a href=\"/context.jsonld\">/context.jsonld</a> — ").append(Html.esc(ui.get("dumps.context")))
         .append("</p>\n<p><a href=\"/void\">VoID / DCAT</a></p>\n");
        Requests.sendHtml(resp, 200, PageLayout.render(ui, ui.get("dumps.title"), b.toString(), null, "/dumps/", false,
                new Linker(resources.base(), true, Requests.langParam(req))));
    }

    private static void deleteQuietly(Path d) {
        try (Stream<Path> walk = Files.walk(d)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit: a leftover temp directory is harmless
        }
    }
}
