package org.aigov.kg.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What a web page says about itself — title, date, language, address — as the statement's front matter. */
final class HtmlMetadata {
    private static final List<String> DATES = List.of("dcterms.issued", "dcterms.date", "dc.date.issued", "dc.date", "date",
            "citation_publication_date", "citation_date", "article:published_time", "og:published_time", "datepublished");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?");

    private HtmlMetadata() {}

    /** The page's metadata; its title only when the content gives none as an h1. */
    static FrontMatter of(org.jsoup.nodes.Document page, boolean contentHasTitle) {
        String title = contentHasTitle ? null : title(page);
        return new FrontMatter(null, title, date(page), null, address(page), language(page), List.of(), Map.of());
    }

    /** og:title, else the title element without the site name after a bar. */
    private static String title(org.jsoup.nodes.Document page) {
        String og = meta(page, "og:title");
        String t = og != null ? og : page.title();
        int bar = t.indexOf(" | ");
        if (bar > 0) t = t.substring(0, bar);
        t = MarkdownText.collapse(t);
        return t.isEmpty() ? null : t;
    }

    private static String date(org.jsoup.nodes.Document page) {
        for (String name : DATES) {
            String v = meta(page, name);
            if (v == null) continue;
            Matcher m = DATE.matcher(v.strip());
            if (m.find()) return m.group();
        }
        return null;
    }

    /** The primary language subtag of the html element's lang ("en" for "en-GB"). */
    private static String language(org.jsoup.nodes.Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (!lang.matches("[A-Za-z]{2,3}([-_].*)?")) return null;
        return lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** The page's canonical address, when it gives one. */
    private static String address(org.jsoup.nodes.Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href") : meta(page, "og:url");
        return url != null && url.matches("https?://\\S+") ? url : null;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        for (Element m : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("itemprop"))) {
                return m.attr("content");
            }
        }
        return null;
    }
}
