package org.aigov.kg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aigov.kg.source.UnionView;
import org.aigov.kg.security.BoundedRegex;
import org.aigov.kg.security.HeaderLimits;
import org.aigov.kg.security.SafeFunctionRegistries;
import org.aigov.kg.store.TextIndexSpec;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The aigov SPARQL server: embedded Fuseki with one read-only dataset {@code /aigov} whose
 * default graph is the union of its named graphs, with the safety rules of docs/SERVER.md.
 *
 * <pre>
 * AigovServer server = AigovServer.builder().dataset(dsg).port(0).build().start();
 * try { ... server.endpointUrl() ... } finally { server.stop(); }
 * </pre>
 */
public final class AigovServer {
    public static final String DATASET = "/aigov";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 100 * 1024;

    private final Settings settings;
    private final FusekiServer fuseki;
    private final ServerContext context;
    private final QueryMemoryLedger memory;
    private final QueryAdmission admission;
    private volatile int port = -1;

    private AigovServer(Settings s) {
        this.settings = s;
        DeepQueryRefusal.install(); // a stack overflow while parsing is a plain 400
        ParsedQueryCache.install(); // repeated query texts skip ARQ's parser
        Context serverContext = limitsContext(new Context(), s);
        DatasetGraph served = UnionView.readOnly(s.dataset, limitsContext(TextIndexSpec.queryContext(s.dataset), s));
        this.memory = new QueryMemoryLedger(s.budget);
        this.admission = new QueryAdmission(s.budget.maxConcurrent(), s.admissionWait);
        this.context = new ServerContext(served, s.baseIri, DATASET, s.queriesDir, Map.copyOf(s.options), this::port);

        OperationRegistry ops = OperationRegistry.createStd();
        ops.register(Operation.Query, new GuardedQueryService(s.maxRows, memory, admission));
        FusekiServer.Builder b = FusekiServer.create(ops, serverContext)
                .port(s.port)
                .loopback(false) // the connector's host is set below from --host
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCors(false) // Fuseki's filter echoes the origin with credentials; ours answers "*"
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestLimitFilter(s.maxRequestBytes))
                .addFilter("/*", new MalformedRequestFilter())
                .add(DATASET, readOnlyService(served));
        for (ServerExtension e : s.extensions) e.register(b, context);
        this.fuseki = b.build();
        bindHost(fuseki, s.host);
        HeaderLimits.apply(fuseki, HeaderLimits.DEFAULT_MAX_HEADER_BYTES); // 431 for oversized headers (issue 7)
        fuseki.getJettyServer().setErrorHandler(new PlainErrorHandler()); // Jetty's own refusals as one plain line (issue 16)
        ServletContextHandler handler = ServletContextHandler.getServletContextHandler(fuseki.getServletContext());
        handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, s.maxRequestBytes));
    }

    /** Query at /aigov/sparql, /aigov/query and /aigov; Graph Store Protocol read at /aigov/data and /aigov/get. Nothing writes. */
    private static DataService.Builder readOnlyService(DatasetGraph dsg) {
        return DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R);
    }

    /**
     * Timeout for every query, REGEX/REPLACE bounded by it, no class loading by function name, rows kept in memory counted;
     * SERVICE switched off in ARQ too, a second line behind the query check.
     */
    private static Context limitsContext(Context cxt, Settings s) {
        cxt.set(ARQ.queryTimeout, Long.toString(s.timeout.toMillis()));
        cxt.set(Service.httpServiceAllowed, false);
        BoundedRegex.install(cxt);
        SafeFunctionRegistries.install(cxt);
        BudgetedOpExecutor.install(cxt); // what sorts, groups and joins keep is charged to the query's memory
        return cxt;
    }

    private static void bindHost(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    public static Builder builder() { return new Builder(); }

    /** Starts listening; returns this. */
    public AigovServer start() {
        fuseki.start();
        port = fuseki.getHttpPort();
        return this;
    }

    /** Stops the server (idempotent); the dataset stays open, its owner closes it. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** The bound port (the real one when built with port 0); -1 before start. */
    public int port() { return port; }

    public String host() { return settings.host; }

    /** Root URL, e.g. {@code http://127.0.0.1:3030/}; a wildcard host is shown as 127.0.0.1. */
    public String url() {
        String h = settings.host;
        if (h.equals("0.0.0.0") || h.equals("::") || h.isEmpty()) h = "127.0.0.1";
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h + ":" + port + "/";
    }

    /** The SPARQL endpoint, {@code …/aigov/sparql}. */
    public String endpointUrl() { return url() + "aigov/sparql"; }

    /** The browser query page, {@code …/query}. */
    public String queryPageUrl() { return url() + QueryPage.PATH.substring(1); }

    public ServerContext context() { return context; }

    public FusekiServer fuseki() { return fuseki; }

    public Duration timeout() { return settings.timeout; }

    public long maxRows() { return settings.maxRows; }

    public long maxRequestBytes() { return settings.maxRequestBytes; }

    /** The heap budget of the server's queries. */
    public MemoryBudget budget() { return settings.budget; }

    /** What the running queries hold, by the server's estimate. */
    public QueryMemoryLedger memory() { return memory; }

    public QueryAdmission admission() { return admission; }

    private record Settings(DatasetGraph dataset, String host, int port, Duration timeout, long maxRows,
                            long maxRequestBytes, MemoryBudget budget, Duration admissionWait, String baseIri,
                            Path queriesDir, Map<String, String> options, List<ServerExtension> extensions) {}

    /** Collects the settings; every one has the documented default except the dataset. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxHeapBytes = 0;
        private int maxConcurrent = MemoryBudget.DEFAULT_MAX_CONCURRENT;
        private Duration admissionWait = QueryAdmission.DEFAULT_WAIT;
        private String baseIri = Iris.DEFAULT_BASE;
        private Path queriesDir = org.aigov.kg.bundle.Bundled.queries();
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<ServerExtension> extensions = new ArrayList<>();

        /** The dataset to serve (its named graphs; the server presents their union as default graph). */
        public Builder dataset(DatasetGraph d) { this.dataset = d; return this; }
        public Builder host(String h) { this.host = h; return this; }
        /** 0 picks a free port; read it with {@link AigovServer#port()} after start. */
        public Builder port(int p) { this.port = p; return this; }
        public Builder timeout(Duration t) { this.timeout = t; return this; }
        /** Cap on SELECT rows; 0 or less means no cap. */
        public Builder maxRows(long n) { this.maxRows = n; return this; }
        /** Cap on the URL query string and on the body, in bytes. */
        public Builder maxRequestBytes(long n) { this.maxRequestBytes = n; return this; }
        /** Heap the server's queries may hold in total; 0 or less = {@value MemoryBudget#DEFAULT_FRACTION} of the JVM maximum. */
        public Builder maxHeap(long bytes) { this.maxHeapBytes = bytes; return this; }
        /** Queries run at once; each may hold the heap budget divided by this. */
        public Builder maxConcurrent(int n) { this.maxConcurrent = n; return this; }
        /** How long a query waits for a place before it is answered 503. */
        public Builder admissionWait(Duration d) { this.admissionWait = d; return this; }
        public Builder baseIri(String iri) { this.baseIri = iri; return this; }
        public Builder queriesDir(Path dir) { this.queriesDir = dir; return this; }
        public Builder option(String name, String value) { this.options.put(name, value); return this; }
        public Builder extension(ServerExtension e) { this.extensions.add(e); return this; }
        public Builder extensions(List<ServerExtension> es) { this.extensions.addAll(es); return this; }

        public AigovServer build() {
            Objects.requireNonNull(dataset, "dataset");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
            return new AigovServer(new Settings(dataset, host, port, timeout, maxRows, maxRequestBytes,
                    MemoryBudget.forThisJvm(maxHeapBytes, maxConcurrent), admissionWait, baseIri,
                    queriesDir, options, List.copyOf(extensions)));
        }
    }
}
