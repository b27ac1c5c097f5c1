package org.aigov.kg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Requests the servlets could not read are answered here with a one-line plain reason instead
 * of reaching Fuseki, which would answer 500: a charset Java does not know (415), and a query
 * string or form body that cannot be decoded — malformed percent-encoding, too many keys (400).
 */
public final class MalformedRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        String charset = http.getCharacterEncoding();
        if (charset != null && !known(charset)) {
            refuse(out, 415, "Unsupported charset in Content-Type: send the request in UTF-8.");
            return;
        }
        try {
            http.getParameterMap(); // decodes the query string and a form body now, where a failure can be answered 400
        } catch (RuntimeException e) {
            refuse(out, 400, "Malformed request: the query string or form body is not valid percent-encoded "
                    + "name=value pairs within the server's limits.");
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("text/plain;charset=utf-8");
        out.getWriter().println(message);
    }
}
