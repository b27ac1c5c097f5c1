package org.aigov.kg.graphview;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/** Checks the few request parameters the graph view accepts; anything else is a 400. */
final class Params {
    static final Set<String> LANGUAGES = Set.of("en", "ja", "hi");
    private static final int MAX_IRI = 2000;

    private Params() {}

    /** en, ja or hi; en when absent. Null when given but not one of them. */
    static String lang(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        if (lang == null || lang.isEmpty()) return "en";
        return LANGUAGES.contains(lang) ? lang : null;
    }

    /** An absolute http(s) IRI of bounded length, or null when absent or not one. */
    static String iri(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isEmpty() || v.length() > MAX_IRI) return null;
        try {
            URI u = new URI(v);
            return u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https")) ? v : null;
        } catch (Exception e) {
            return null;
        }
    }
}
