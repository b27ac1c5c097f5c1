package org.aigov.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.server.AigovServer;
import org.aigov.kg.store.MemoryStore;
import org.aigov.kg.store.ServingDataset;
import org.junit.jupiter.api.Test;

/**
 * The short load run of issue 7 that CI runs: 32 clients for 10 s against AigovServer in this
 * JVM over the seed; zero errors, p99 reported, and the heap after a full GC at the end within
 * 10% of the heap after GC once warmed up. The 60 s run is {@code aigov bench run}.
 */
class LoadCiTest {
    private static final Path PROJECT = Path.of(System.getProperty("aigov.project.dir", "."));
    private static final int CLIENTS = 32;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("aigov.load.seconds", 10));

    /** Heap used right after full collections, in bytes: the live data, read in-process without JMX connections. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        // The driver's finished HTTP clients (each with 32 connections' buffers) linger until their
        // selector threads notice they are unreachable: let them go, so only the server is weighed.
        long until = System.nanoTime() + 10_000_000_000L;
        while (driverClientsAlive() && System.nanoTime() < until) {
            mem.gc();
            Thread.sleep(100);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            mem.gc();
            Thread.sleep(100);
            best = Math.min(best, mem.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    /** True while an HTTP client's selector thread is running (Java 17's HttpClient cannot be closed). */
    private static boolean driverClientsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().contains("SelectorManager"));
    }

    @Test
    void thirtyTwoClientsWithoutErrorsOrHeapGrowth() throws Exception {
        ServingDataset data = MemoryStore.of(new KnowledgeGraphBuilder(BuildOptions.defaults()
                .withOntology(PROJECT.resolve("ontology")).withGazetteer(PROJECT.resolve("data/gazetteer")))
                .build(List.of(PROJECT.resolve("data/statements"))).dataset());
        List<NamedQuery> queries = new ArrayList<>(NamedQueries.load(PROJECT.resolve("queries")));
        queries.addAll(NamedQueries.load(PROJECT.resolve("src/test/resources/org/aigov/kg/bench/load-queries")));
        assertFalse(queries.isEmpty());
        AigovServer server = AigovServer.builder().dataset(data.dataset()).port(0).queriesDir(PROJECT.resolve("queries")).build().start();
        try {
            LoadDriver driver = new LoadDriver(URI.create(server.endpointUrl()), queries, List.of(), Duration.ofSeconds(30));
            // Only queries the server answers: a named query that fails here is its own tests' business, not load's.
            LoadResult probe = driver.run(1, Duration.ofSeconds(60), queries.size());
            assertEquals(0, probe.errors(), "named queries fail before any load: " + probe.errorSamples());

            driver.run(CLIENTS, Duration.ofSeconds(3), Long.MAX_VALUE);
            long warm = heapAfterGc();
            LoadResult r = driver.run(CLIENTS, RUN, 5_000_000);
            long end = heapAfterGc();
            System.out.printf("load: %d clients, %.1f s, %d requests (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms, heap after GC %.1f MB -> %.1f MB%n",
                    CLIENTS, r.seconds(), r.requests(), r.throughput(), r.errors(), r.percentileMillis(50), r.percentileMillis(99),
                    warm / 1e6, end / 1e6);
            assertEquals(0, r.errors(), "errors under load: " + r.errorSamples());
            assertTrue(r.requests() > CLIENTS, "the driver barely sent anything: " + r.requests());
            assertTrue(end <= warm * 1.10, String.format("heap after GC grew from %.1f MB to %.1f MB (> 10%%)", warm / 1e6, end / 1e6));
        } finally {
            server.stop();
            data.close();
        }
    }
}
