package org.aigov.kg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bounds every request before Fuseki reads it: a URL query string or a body longer than the
 * limit is answered 414 / 413 with a plain-text reason. Bodies without a declared length are
 * read up to the limit and replayed, so a chunked upload cannot exceed it either.
 */
public final class RequestLimitFilter implements Filter {
    private final long maxBytes;

    public RequestLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        String qs = http.getQueryString();
        if (qs != null && qs.length() > maxBytes) {
            refuse(out, 414, "The request URL is longer than this server accepts (" + maxBytes + " bytes); send the query with POST.");
            return;
        }
        long declared = http.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(out, 413, "The request body is larger than this server accepts (" + maxBytes + " bytes).");
            return;
        }
        if (declared < 0 && hasBody(http) && !isForm(http)) {
            byte[] body = readAtMost(http.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(out, 413, "The request body is larger than this server accepts (" + maxBytes + " bytes).");
                return;
            }
            chain.doFilter(new ReplayedBody(http, body), res);
            return;
        }
        // Forms without a length are bounded by Jetty's max form size, which AigovServer sets to the same limit.
        chain.doFilter(req, res);
    }

    private static boolean hasBody(HttpServletRequest r) {
        String m = r.getMethod();
        return "POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m);
    }

    private static boolean isForm(HttpServletRequest r) {
        String ct = r.getContentType();
        return ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while (buf.size() < limit && (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - buf.size()))) > 0) {
            buf.write(chunk, 0, n);
        }
        return buf.toByteArray();
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("text/plain;charset=utf-8");
        out.setHeader("Connection", "close"); // do not read the rest of an oversized body
        out.getWriter().println(message);
    }

    /** The request with its body already read into memory. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest r, byte[] body) {
            super(r);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException("blocking only"); }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), cs));
        }
    }
}
