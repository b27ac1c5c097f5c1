package org.aigov.kg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for a public read-only endpoint: any origin may read ({@code Access-Control-Allow-Origin: *},
 * never with credentials); preflights for GET and POST queries are answered here.
 */
public final class CorsFilter implements Filter {
    static final String ALLOW_HEADERS = "Accept, Content-Type, Origin, X-Requested-With";
    static final String EXPOSE_HEADERS = "Content-Type, Content-Length, " + GuardedQueryService.ROW_CAP_HEADER;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        if (http.getHeader("Origin") == null) {
            chain.doFilter(req, res);
            return;
        }
        out.setHeader("Access-Control-Allow-Origin", "*");
        out.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        if ("OPTIONS".equals(http.getMethod()) && http.getHeader("Access-Control-Request-Method") != null) {
            out.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            out.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            out.setHeader("Access-Control-Max-Age", "3600");
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
