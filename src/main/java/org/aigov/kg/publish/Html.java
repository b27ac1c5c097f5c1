package org.aigov.kg.publish;

/** Escapes text for HTML element content and attribute values. */
public final class Html {
    private Html() {}

    /** Escapes the five characters that are special in HTML text and quoted attributes. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** JSON text made safe inside a script element: '<' only occurs in JSON strings, where \u003c is equivalent. */
    public static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c");
    }

    /** Percent-encodes a query parameter value. */
    public static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
