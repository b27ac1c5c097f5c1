package org.aigov.kg.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.server.AigovServer;
import org.aigov.kg.server.BackgroundWarmUp;
import org.aigov.kg.server.Extensions;
import org.aigov.kg.bundle.Bundled;
import org.aigov.kg.source.GraphSource;
import org.aigov.kg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aigov serve}: builds the graph (or opens a TDB2 database) and serves it with embedded
 * Fuseki until Ctrl-C.
 *
 * <pre>java -jar target/aigov-kg.jar serve data/statements --port 3030 --tdb target/kg-db</pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the knowledge graph and serve it: SPARQL endpoint /aigov/sparql, query page /query.",
                "Read-only, no SERVICE, query timeout, bounded requests; binds 127.0.0.1 unless --host.",
                "PATH may be statements (Markdown, text, HTML, PDF; files or directories) or RDF files and dumps (.ttl .nt .nq .trig .jsonld .rdf, .gz too)."})
public final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = AigovServer.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Persist in a TDB2 database in DIR; rebuilt only when the input changed.")
    Path tdb;

    @Option(names = "--no-build", description = "With --tdb: serve the database as it is, without checking the input.")
    boolean noBuild;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class, description = "Query timeout (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Cap on SELECT result rows; 0 = no cap (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-request", paramLabel = "BYTES", defaultValue = "102400", description = "Cap on query string and body size in bytes (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-heap", paramLabel = "SIZE", defaultValue = "0", converter = ByteSizeConverter.class,
            description = "Heap the queries may hold in total, e.g. 256m (default: half the JVM's maximum heap).")
    long maxHeap;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "16",
            description = "Queries run at once; others wait up to 5 s, then get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Mixin GraphSourceOptions source = new GraphSourceOptions();

    @Mixin GraphPaths inputs = new GraphPaths();

    @Option(names = "--queries", paramLabel = "DIR", description = "Named queries offered on the query page (default: those bundled in the jar).")
    Path queriesDir = Bundled.queries();

    /** A started server and the dataset behind it; closing stops both. */
    public record Running(AigovServer server, Stores.Opened opened) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                opened.data().close();
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Running running = start(out, spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping the server");
            out.flush();
            running.close();
        }, "aigov-serve-shutdown"));
        running.server().join();
        return ExitCodes.OK;
    }

    /** Builds or opens the graph, starts the server and prints where it is; the caller stops it. */
    public Running start(PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        BackgroundWarmUp.start(queriesDir); // server classes load on the spare core while the graph is built
        GraphSource graph = source.graph(inputs.given(), err::println);
        Stores.Opened opened = tdb == null
                ? Stores.memory(graph.quads(), graph.size())
                : Stores.tdb(tdb, graph::fingerprint, graph.quads(), noBuild);
        opened.warnings().forEach(err::println);
        err.flush();
        opened.notes().forEach(out::println);
        AigovServer server;
        try {
            server = AigovServer.builder()
                    .dataset(opened.data().dataset())
                    .host(host).port(port).timeout(timeout).maxRows(maxRows).maxRequestBytes(maxRequestBytes)
                    .maxHeap(maxHeap).maxConcurrent(maxConcurrent)
                    .baseIri(source.base()).queriesDir(queriesDir)
                    .extensions(Extensions.all())
                    .build().start();
        } catch (RuntimeException e) {
            opened.data().close();
            if (isBindFailure(e)) throw new BadInputException("--port " + port, "cannot listen on " + host + ":" + port + " (port in use, or no such local address); choose another --port or --host");
            throw e;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("SPARQL endpoint: %s%n", server.endpointUrl());
        out.printf("Query page:      %s%n", server.queryPageUrl());
        out.println(server.budget().describe());
        out.printf("Started in %.2f s (%d quads, %s). Ctrl-C stops.%n", seconds, opened.data().quadCount(), opened.data().description());
        out.flush();
        return new Running(server, opened);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof java.nio.channels.UnresolvedAddressException) return true;
        }
        return false;
    }
}
