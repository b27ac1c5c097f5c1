package org.aigov.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The load run: many clients for a long time against one server process; zero errors, p99,
 * and the heap after a full GC at the end compared with the heap after GC once warmed up.
 */
public final class SoakBench {

    /** The run's result and the two heap figures (MB, after a forced GC). */
    public record Figures(LoadResult load, double heapAfterWarmupMb, double heapAtEndMb, double peakHeapMb) {
        public double heapGrowth() { return heapAtEndMb / heapAfterWarmupMb; }
    }

    private final int clients;
    private final Duration duration;
    private final Duration warmup;

    public SoakBench(int clients, Duration duration, Duration warmup) {
        this.clients = clients;
        this.duration = duration;
        this.warmup = warmup;
    }

    public Figures measure(ServingBench.Server server, List<NamedQuery> queries, Path log) throws IOException, InterruptedException {
        try (ServerProcess p = ServerProcess.start(server.name(), server.command(), server.workDir(), log,
                server.queryUrl(), server.protocolParams(), Duration.ofMinutes(10));
             HeapSampler heap = HeapSampler.start(p.pid(), 500)) {
            LoadDriver driver = new LoadDriver(server.queryUrl(), queries, server.protocolParams(), Duration.ofSeconds(60));
            driver.run(clients, warmup, Long.MAX_VALUE);
            double warm = heap.heapAfterGcMb();
            LoadResult r = driver.run(clients, duration, Long.MAX_VALUE);
            double end = heap.heapAfterGcMb();
            return new Figures(r, warm, end, heap.peakMb());
        }
    }

    /** The query URL of a server started on a port, for a dataset path such as /aigov/sparql. */
    public static URI local(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
