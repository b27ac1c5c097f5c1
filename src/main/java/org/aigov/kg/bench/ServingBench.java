package org.aigov.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one SPARQL server as a child process, times its start to the first answer, then drives
 * the named queries at each client count and samples its heap; servers are measured one after
 * the other so they never compete for the cores.
 */
public final class ServingBench {

    /** How to start one server and where it answers. */
    public record Server(String name, List<String> command, Path workDir, URI queryUrl, List<String> protocolParams) {}

    /** What one server did. */
    public record Figures(String name, double startupSeconds, Map<Integer, LoadResult> byClients, double peakHeapMb) {}

    private final List<Integer> clientCounts;
    private final Duration perLevel;
    private final Duration warmup;

    public ServingBench(List<Integer> clientCounts, Duration perLevel, Duration warmup) {
        this.clientCounts = List.copyOf(clientCounts);
        this.perLevel = perLevel;
        this.warmup = warmup;
    }

    /** Keeps the queries that both servers answer with 200 (e.g. text search needs our index); returns the rest as excluded. */
    public static List<NamedQuery> answeredByAll(List<NamedQuery> queries, List<ProbeTarget> targets, List<String> excluded)
            throws InterruptedException {
        List<NamedQuery> kept = new ArrayList<>();
        for (NamedQuery q : queries) {
            String problem = null;
            for (ProbeTarget t : targets) {
                LoadResult r = new LoadDriver(t.queryUrl(), List.of(q), t.params(), Duration.ofSeconds(60)).run(1, Duration.ofSeconds(60), 1);
                if (r.errors() > 0) problem = t.name() + ": " + r.errorSamples();
            }
            if (problem == null) kept.add(q);
            else excluded.add(q.name() + " (" + problem + ")");
        }
        return kept;
    }

    /** A running server to probe: name, query URL and protocol parameters. */
    public record ProbeTarget(String name, URI queryUrl, List<String> params) {}

    /** Starts the server, measures it with the queries, stops it. */
    public Figures measure(Server server, List<NamedQuery> queries, Path log) throws IOException, InterruptedException {
        try (ServerProcess p = ServerProcess.start(server.name(), server.command(), server.workDir(), log,
                server.queryUrl(), server.protocolParams(), Duration.ofMinutes(10));
             HeapSampler heap = HeapSampler.start(p.pid(), 250)) {
            return drive(server, p, heap, queries);
        }
    }

    /**
     * Runs both servers at once and drives them in turns: at each client count, {@code rounds}
     * slices of {@code perLevel / rounds}, alternating which goes first, so that a slow spell of
     * the machine hits both alike. Only one server is under load at any moment.
     */
    public List<Figures> measureInTurns(Server a, Server b, List<NamedQuery> queries, Path logA, Path logB, int rounds)
            throws IOException, InterruptedException {
        try (ServerProcess pa = ServerProcess.start(a.name(), a.command(), a.workDir(), logA, a.queryUrl(), a.protocolParams(), Duration.ofMinutes(10));
             HeapSampler heapA = HeapSampler.start(pa.pid(), 250);
             ServerProcess pb = ServerProcess.start(b.name(), b.command(), b.workDir(), logB, b.queryUrl(), b.protocolParams(), Duration.ofMinutes(10));
             HeapSampler heapB = HeapSampler.start(pb.pid(), 250)) {
            LoadDriver da = new LoadDriver(a.queryUrl(), queries, a.protocolParams(), Duration.ofSeconds(60));
            LoadDriver db = new LoadDriver(b.queryUrl(), queries, b.protocolParams(), Duration.ofSeconds(60));
            da.run(4, warmup, Long.MAX_VALUE); // JIT and caches warm before anything is counted
            db.run(4, warmup, Long.MAX_VALUE);
            Duration slice = perLevel.dividedBy(Math.max(1, rounds));
            Map<Integer, LoadResult> byA = new LinkedHashMap<>();
            Map<Integer, LoadResult> byB = new LinkedHashMap<>();
            for (int c : clientCounts) {
                for (int r = 0; r < rounds; r++) {
                    boolean aFirst = r % 2 == 0;
                    LoadResult first = (aFirst ? da : db).run(c, slice, Long.MAX_VALUE);
                    LoadResult second = (aFirst ? db : da).run(c, slice, Long.MAX_VALUE);
                    byA.merge(c, aFirst ? first : second, LoadResult::plus);
                    byB.merge(c, aFirst ? second : first, LoadResult::plus);
                }
            }
            return List.of(new Figures(a.name(), pa.startupSeconds(), byA, heapA.peakMb()),
                    new Figures(b.name(), pb.startupSeconds(), byB, heapB.peakMb()));
        }
    }

    private Figures drive(Server server, ServerProcess p, HeapSampler heap, List<NamedQuery> queries) throws InterruptedException {
        LoadDriver driver = new LoadDriver(server.queryUrl(), queries, server.protocolParams(), Duration.ofSeconds(60));
        driver.run(4, warmup, Long.MAX_VALUE); // JIT and caches warm before anything is counted
        Map<Integer, LoadResult> by = new LinkedHashMap<>();
        for (int c : clientCounts) by.put(c, driver.run(c, perLevel, Long.MAX_VALUE));
        return new Figures(server.name(), p.startupSeconds(), by, heap.peakMb());
    }
}
