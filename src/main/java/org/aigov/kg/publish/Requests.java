package org.aigov.kg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Request checks and plain answers shared by the publishing servlets: bounded paths, the
 * ?format and ?lang parameters, and error responses with a clear message and no stack trace.
 */
public final class Requests {
    /** Longest request URI we look at; longer ones are refused before any work. */
    public static final int MAX_URI_LENGTH = 2000;

    private Requests() {}

    /** A request we refuse with a status and a message for the user. */
    public static final class Refusal extends Exception {
        private final int status;

        public Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() { return status; }
    }

    /** Refuses over-long URIs and any sign of traversal or encoded separators in the raw request line. */
    public static void checkUri(HttpServletRequest req) throws Refusal {
        String raw = req.getRequestURI();
        if (raw == null) throw new Refusal(400, "The request has no path.");
        if (raw.length() > MAX_URI_LENGTH) {
            throw new Refusal(400, "The path is " + raw.length() + " characters long; at most " + MAX_URI_LENGTH + " are accepted.");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("%25") || lower.contains("\\") || lower.contains("%00") || lower.contains("//")) {
            throw new Refusal(400, "The path contains '..', a backslash or an encoded separator; resource paths are plain /id/{kind}/{slug}.");
        }
        String query = req.getQueryString();
        if (query != null && query.length() > MAX_URI_LENGTH) throw new Refusal(400, "The query string is too long.");
    }

    /** ?format when given: one of ttl, html, jsonld, rdf, nt. */
    public static Optional<Format> formatParam(HttpServletRequest req) throws Refusal {
        String f = single(req, "format");
        if (f == null) return Optional.empty();
        Optional<Format> fmt = Format.ofParam(f);
        if (fmt.isEmpty()) {
            throw new Refusal(400, "Unknown format '" + clip(f) + "'. Use ?format= one of: " + Format.paramList() + ".");
        }
        return fmt;
    }

    /** The chosen format: ?format, else the Accept header; refuses with 406 when neither matches. */
    public static Format format(HttpServletRequest req, boolean htmlAvailable) throws Refusal {
        Optional<Format> byParam = formatParam(req);
        if (byParam.isPresent()) {
            if (byParam.get() == Format.HTML && !htmlAvailable) throw new Refusal(400, "This resource has no HTML page.");
            return byParam.get();
        }
        String accept = req.getHeader("Accept");
        if (accept != null && accept.length() > MAX_URI_LENGTH) throw new Refusal(400, "The Accept header is too long.");
        return Format.negotiate(accept, htmlAvailable).orElseThrow(() -> new Refusal(406,
                "None of the media types in the Accept header can be served. Available: "
                        + String.join(", ", Format.offeredTypes()) + ". Or add ?format= one of: " + Format.paramList() + "."));
    }

    /** ?lang when given (en, ja or hi), else the Accept-Language preference, else English. */
    public static String language(HttpServletRequest req) throws Refusal {
        String l = langParam(req);
        if (l != null) return l;
        String header = req.getHeader("Accept-Language");
        if (header != null && header.length() > MAX_URI_LENGTH) return "en";
        return UiText.negotiate(header);
    }

    /** The explicit ?lang value, validated, or null. */
    public static String langParam(HttpServletRequest req) throws Refusal {
        String l = single(req, "lang");
        if (l == null) return null;
        if (!UiText.supports(l)) {
            throw new Refusal(400, "Unknown language '" + clip(l) + "'. Use ?lang= one of: " + String.join(", ", UiText.LANGUAGES) + ".");
        }
        return l;
    }

    private static String single(HttpServletRequest req, String name) throws Refusal {
        String[] values = req.getParameterValues(name);
        if (values == null) return null;
        if (values.length > 1) throw new Refusal(400, "Give ?" + name + " at most once.");
        return values[0];
    }

    /** Echoes user input in messages only in short, printable form. */
    static String clip(String s) {
        String printable = s.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    /** Writes a short plain-text error: the message only, never a stack trace. */
    public static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) return;
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        byte[] body = (status + " " + reason(status) + ": " + message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Writes an HTML body with a status. */
    public static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Writes a body of any type with status 200. */
    public static void sendBytes(HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
