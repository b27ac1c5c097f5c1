package org.aigov.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The frame around every linked-data page: head, navigation, language switch, footer. */
public final class PageLayout {
    /** Where the stylesheet is served from the jar. */
    public static final String CSS_PATH = "/ld/ld.css";
    private static final String CSS_RESOURCE = "assets/ld.css";

    private PageLayout() {}

    /**
     * A complete HTML document.
     *
     * @param switchPath the path the language links point at (they add ?lang=xx), or null for no switch
     * @param inlineCss  embed the stylesheet (for files written to disk) instead of linking it
     */
    public static String render(UiText ui, String title, String body, String headExtra, String switchPath,
                                boolean inlineCss, Linker linker) {
        StringBuilder b = new StringBuilder(body.length() + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(ui.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(Html.esc(title)).append(" · ").append(Html.esc(ui.get("site.title"))).append("</title>\n");
        if (inlineCss) b.append("<style>\n").append(css()).append("</style>\n");
        else b.append("<link rel=\"stylesheet\" href=\"").append(CSS_PATH).append("\">\n");
        if (headExtra != null) b.append(headExtra);
        b.append("</head>\n<body>\n<header class=\"site\">\n<a class=\"brand\" href=\"")
         .append(inlineCss ? "#" : "/")
         .append("\">").append(Html.esc(ui.get("site.title"))).append("</a>\n<nav>");
        if (!inlineCss) {
            navLink(b, "/", ui.get("nav.query"), "nav-query");
            navLink(b, "/graph", ui.get("nav.graph"), "nav-graph");
            navLink(b, linker.withLang("/timeline"), ui.get("nav.timeline"), "nav-timeline");
            navLink(b, linker.withLang("/ontology"), ui.get("nav.ontology"), "nav-ontology");
            navLink(b, "/void", ui.get("nav.dataset"), "nav-void");
            navLink(b, "/dumps/", ui.get("nav.dumps"), "nav-dumps");
        }
        b.append("</nav>\n");
        if (switchPath != null) {
            b.append("<nav class=\"langs\" aria-label=\"language\">");
            for (String l : UiText.LANGUAGES) {
                String name = UiText.nameOf(l);
                if (l.equals(ui.lang())) {
                    b.append("<strong lang=\"").append(l).append("\">").append(Html.esc(name)).append("</strong>");
                } else {
                    b.append("<a id=\"lang-").append(l).append("\" lang=\"").append(l).append("\" hreflang=\"").append(l)
                     .append("\" href=\"").append(Html.esc(switchPath + "?lang=" + l)).append("\">")
                     .append(Html.esc(name)).append("</a>");
                }
            }
            b.append("</nav>\n");
        }
        b.append("</header>\n<main>\n").append(body).append("</main>\n<footer>aigov-kg · CC BY 4.0</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void navLink(StringBuilder b, String href, String text, String id) {
        b.append("<a id=\"").append(id).append("\" href=\"").append(Html.esc(href)).append("\">").append(Html.esc(text)).append("</a>");
    }

    /** The stylesheet text. */
    public static String css() {
        return asset(CSS_RESOURCE);
    }

    /** The text of a file of the pages' {@code assets/} beside this class, e.g. {@code assets/statement.js}. */
    public static String asset(String resource) {
        try (InputStream in = PageLayout.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
