package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hostile soak (issue 16): one server process, named queries from many clients beside
 * expensive queries from others, for a fixed time. Zero errors on the named queries, no
 * OutOfMemoryError, peak heap and resident memory, and heap after GC at the end against warm.
 */
public final class HostileSoak {

    /** What the run measured (MB figures; heap after a forced full GC). */
    public record Figures(LoadResult named, LoadResult hostile, double warmHeapMb, double endHeapMb, double peakHeapMb,
                          double peakRssMb, double endRssMb, boolean outOfMemory, boolean serverAlive) {
        public double heapGrowth() { return endHeapMb / warmHeapMb; }
    }

    private final int namedClients;
    private final int hostileClients;
    private final Duration duration;
    private final Duration warmup;

    public HostileSoak(int namedClients, int hostileClients, Duration duration, Duration warmup) {
        this.namedClients = namedClients;
        this.hostileClients = hostileClients;
        this.duration = duration;
        this.warmup = warmup;
    }

    public Figures measure(ServingBench.Server server, List<NamedQuery> named, List<NamedQuery> hostile, Path log)
            throws IOException, InterruptedException {
        try (ServerProcess p = ServerProcess.start(server.name(), server.command(), server.workDir(), log,
                server.queryUrl(), server.protocolParams(), Duration.ofMinutes(10));
             HeapSampler heap = HeapSampler.start(p.pid(), 250)) {
            LoadDriver namedDriver = new LoadDriver(server.queryUrl(), named, server.protocolParams(), Duration.ofSeconds(60));
            LoadDriver hostileDriver = new LoadDriver(server.queryUrl(), hostile, server.protocolParams(), Duration.ofSeconds(60));
            namedDriver.run(namedClients, warmup, Long.MAX_VALUE);
            double warm = heap.heapAfterGcMb();
            AtomicReference<LoadResult> hostileResult = new AtomicReference<>();
            Thread attackers = new Thread(() -> {
                try {
                    hostileResult.set(hostileDriver.run(hostileClients, duration, Long.MAX_VALUE));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hostile-clients");
            attackers.start();
            LoadResult namedResult = namedDriver.run(namedClients, duration, Long.MAX_VALUE);
            attackers.join();
            double end = heap.heapAfterGcMb();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Figures(namedResult, hostileResult.get(), warm, end, heap.peakMb(), rssMb(p.pid(), "VmHWM"),
                    rssMb(p.pid(), "VmRSS"), output.contains("OutOfMemoryError"), p.isAlive());
        }
    }

    /** A resident-memory line of /proc/PID/status (VmHWM = the peak, VmRSS = now), in MB; NaN where there is no /proc. */
    static double rssMb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
