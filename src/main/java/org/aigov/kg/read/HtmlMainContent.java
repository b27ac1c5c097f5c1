package org.aigov.kg.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds a page's main content and strips what is site chrome: navigation, menus, related links, cookie banners, footers. */
final class HtmlMainContent {
    /** Elements that are never the statement's text. */
    private static final String NEVER = "script, style, noscript, template, nav, aside, form, button, select, iframe, svg, canvas, "
            + "footer, [role=navigation], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";
    /** Class or id words of site chrome. */
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|gdpr|banner|related|see-also|share|sharing|social|"
                    + "sidebar|footer|masthead|skip|toolbar|pagination|newsletter|subscribe|advert|ads?)([\\s_-]|$)");

    private HtmlMainContent() {}

    /** A cleaned copy of the main content: main, [role=main] or article when the page marks one, else the body. */
    static Element of(org.jsoup.nodes.Document page) {
        Element main = page.selectFirst("main, [role=main]");
        if (main == null) main = page.selectFirst("article");
        boolean whole = main == null;
        Element content = (whole ? page.body() : main).clone();
        content.select(NEVER).remove();
        // a header holding the h1 is the statement's own; any other header is the site's
        for (Element header : content.select("header, [role=banner]")) if (header.selectFirst("h1") == null) header.remove();
        for (Element e : content.select("[class], [id]")) {
            if (e.parent() != null && (CHROME.matcher(e.className()).find() || CHROME.matcher(e.id()).find())) e.remove();
        }
        return content;
    }
}
