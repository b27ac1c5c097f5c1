package org.aigov.kg.security;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Caps the request line plus headers of every HTTP connector. Fuseki configures Jetty to
 * accept 512 KB of headers (for long GET queries); a public endpoint has no use for more than
 * {@value #DEFAULT_MAX_HEADER_BYTES} bytes, and larger ones are answered 431 before any servlet runs.
 */
public final class HeaderLimits {
    /** Long enough for a GET query of about 30 KB; longer queries go in a POST body. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 32 * 1024;

    private HeaderLimits() {}

    /** Applies the cap to a built, not yet started server. */
    public static void apply(FusekiServer server, int maxHeaderBytes) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(maxHeaderBytes);
        }
    }
}
