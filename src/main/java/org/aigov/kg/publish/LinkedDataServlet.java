package org.aigov.kg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dereferences minted IRIs: {@code GET /id/{kind}/{slug}[/…]} answers for {@code {base}{kind}/{slug}[/…]}
 * with an HTML page or the resource's RDF description, by content negotiation or {@code ?format}.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    /** Segments are slugs (docs/MODEL.md): lower-case ASCII letters, digits and hyphens. */
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}(/[a-z0-9][a-z0-9-]{0,199}){1,7}");

    private final transient Resources resources;

    public LinkedDataServlet(Resources resources) {
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Requests.checkUri(req);
            String rest = pathAfterId(req);
            String pagePath = "/id/" + rest;
            setNegotiationHeaders(resp, pagePath); // also on a 406: the answer still depends on Accept
            Format format = Requests.format(req, true);
            String lang = Requests.language(req);
            String langParam = Requests.langParam(req);
            String iri = resources.base() + rest;
            String kind = rest.substring(0, rest.indexOf('/'));
            if (!resources.kinds().contains(kind) || !resources.exists(iri)) {
                notFound(resp, iri, rest, kind, lang, langParam);
                return;
            }
            Model description = resources.describe(iri);
            if (format == Format.HTML) {
                String jsonLd = RdfOutput.jsonLd(description);
                List<SentenceHit> hits = resources.mentions(iri);
                UiText ui = UiText.of(lang);
                Linker linker = new Linker(resources.base(), true, langParam);
                boolean statement = rest.startsWith("statement/") && rest.indexOf('/', "statement/".length()) < 0;
                String html = resources.read(g -> new EntityPage(g, ui, linker).render(iri, description, hits, pagePath, jsonLd,
                        statement ? StatementDocument.render(g, iri, ui, linker) : ""));
                resp.setHeader("Content-Language", lang);
                Requests.sendHtml(resp, 200, html);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RdfOutput.write(description, format, out);
                Requests.sendBytes(resp, format.contentType(), out.toByteArray());
            }
        } catch (Requests.Refusal r) {
            Requests.sendError(resp, r.status(), r.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("linked-data request {} failed", req.getRequestURI(), e);
            Requests.sendError(resp, 500, "The resource could not be rendered; the server log has the details.");
        }
    }

    /** The validated path after /id/, e.g. country/japan. */
    private static String pathAfterId(HttpServletRequest req) throws Requests.Refusal {
        String info = req.getPathInfo();
        if (info == null || info.length() <= 1) {
            throw new Requests.Refusal(404, "Give a resource path: /id/{kind}/{slug}, e.g. /id/country/japan.");
        }
        String rest = info.substring(1);
        if (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        if (!PATH.matcher(rest).matches()) {
            throw new Requests.Refusal(400, "'" + Requests.clip(rest) + "' is not a resource path: expected /id/{kind}/{slug}"
                    + " with lower-case letters, digits and hyphens, e.g. /id/country/japan.");
        }
        return rest;
    }

    /** The same URL answers in several formats: caches must key on Accept, and clients may pick a format directly. */
    static void setNegotiationHeaders(HttpServletResponse resp, String path) {
        setNegotiationHeaders(resp, path, true);
    }

    static void setNegotiationHeaders(HttpServletResponse resp, String path, boolean html) {
        resp.setHeader("Vary", html ? "Accept, Accept-Language" : "Accept");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        for (Format f : Format.values()) {
            if (f == Format.HTML && !html) continue;
            resp.addHeader("Link", "<" + path + "?format=" + f.param() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
    }

    private void notFound(HttpServletResponse resp, String iri, String rest, String kind, String lang, String langParam)
            throws IOException {
        UiText ui = UiText.of(lang);
        Linker linker = new Linker(resources.base(), true, langParam);
        boolean knownKind = resources.kinds().contains(kind);
        List<String> words = Arrays.stream(rest.split("[/-]")).skip(knownKind ? 1 : 0).toList();
        List<Map.Entry<String, String>> suggestions = resources.suggest(words, lang, 10);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(ui.get("notfound.title"))).append("</h1>\n<p class=\"notice\">")
         .append(Html.esc(ui.get("notfound.body"))).append(" <span class=\"iri\">").append(Html.esc(iri)).append("</span></p>\n");
        if (!knownKind) {
            b.append("<p>").append(Html.esc(ui.get("notfound.kinds"))).append(' ');
            b.append(Html.esc(String.join(", ", resources.kinds()))).append("</p>\n");
        }
        b.append("<h2>").append(Html.esc(ui.get(suggestions.isEmpty() ? "notfound.noSuggestions" : "notfound.suggestions"))).append("</h2>\n");
        if (!suggestions.isEmpty()) {
            b.append("<ul id=\"suggestions\">");
            for (Map.Entry<String, String> s : suggestions) {
                b.append("<li><a href=\"").append(Html.esc(linker.href(s.getKey()))).append("\">").append(Html.esc(s.getValue()))
                 .append("</a> <span class=\"iri\">").append(Html.esc(s.getKey())).append("</span></li>");
            }
            b.append("</ul>\n");
        }
        String html = PageLayout.render(ui, ui.get("notfound.title"), b.toString(), null, null, false, linker);
        Requests.sendHtml(resp, 404, html);
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
