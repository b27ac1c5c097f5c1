package org.aigov.kg.security;

import java.time.Duration;
import org.aigov.kg.server.AigovServer;
import org.aigov.kg.server.Extensions;
import org.aigov.kg.store.MemoryStore;
import org.aigov.kg.store.ServingDataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/** The server under attack in HostileRequestsTest: AigovServer in this JVM, loopback port 0, every extension on. */
final class HostileTarget implements AutoCloseable {
    /** Connection idle timeout for the slow-client case, short so the test is bounded (Jetty's default is 30 s). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);

    private final AigovServer server;
    private final ServingDataset data;

    private HostileTarget(AigovServer server, ServingDataset data) {
        this.server = server;
        this.data = data;
    }

    /** Heap budget of the test server's queries: 4 MB for each of 16, small enough that the fixture's cross products exceed it. */
    static final long MAX_HEAP = 64L << 20;

    /**
     * Starts the server over a copy of the quads with the given query timeout and {@link #MAX_HEAP},
     * as {@code aigov serve --timeout T --max-heap 64m} would.
     */
    static HostileTarget start(DatasetGraph quads, Duration timeout) {
        ServingDataset served = MemoryStore.load(out -> quads.executeRead(() -> quads.find().forEachRemaining(out::quad)));
        AigovServer s = AigovServer.builder().dataset(served.dataset()).port(0).timeout(timeout).maxHeap(MAX_HEAP)
                .extensions(Extensions.all()).build();
        for (Connector c : s.fuseki().getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        }
        return new HostileTarget(s.start(), served);
    }

    int port() { return server.port(); }

    /** Root URL with trailing slash, e.g. http://127.0.0.1:1234/. */
    String url() { return server.url(); }

    String sparqlUrl() { return server.endpointUrl(); }

    /** Estimated bytes the running queries hold now. */
    long heldBytes() { return server.memory().heldBytes(); }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            data.close();
        }
    }
}
