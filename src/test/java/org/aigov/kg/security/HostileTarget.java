package org.aigov.kg.security;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;

/** The server under attack in HostileRequestsTest, on loopback port 0, with its dataset at /aigov. */
final class HostileTarget implements AutoCloseable {
    /** Connection idle timeout for the slow-client case, short so the test is bounded. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    private final FusekiServer server;

    private HostileTarget(FusekiServer server) {
        this.server = server;
    }

    /** Starts the server over the dataset with the given query timeout. */
    static HostileTarget start(DatasetGraph data, Duration timeout) {
        // Stand-in until AigovServer is on main: plain embedded Fuseki, read-only, timeout, SERVICE off.
        data.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        data.getContext().set(Service.httpServiceAllowed, false);
        FusekiServer s = FusekiServer.create().loopback(true).port(0).add("/aigov", data, false).build();
        for (var c : s.getJettyServer().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        }
        s.start();
        return new HostileTarget(s);
    }

    int port() { return server.getPort(); }

    /** Root URL with trailing slash, e.g. http://127.0.0.1:1234/. */
    String url() { return "http://127.0.0.1:" + port() + "/"; }

    String sparqlUrl() { return url() + "aigov/sparql"; }

    @Override
    public void close() {
        server.stop();
    }
}
