package org.aigov.kg.workbench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.graphview.GraphViewServer;
import org.aigov.kg.graphview.HeadlessChromium;
import org.aigov.kg.store.MemoryStore;
import org.aigov.kg.store.ServingDataset;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * Times the first render of a statement page and of /timeline in headless Chromium over the
 * statements in a directory (e.g. 1,000 from {@code aigov bench generate}): cold (the first
 * request after the server started) and warm (the median of later ones). A benchmark, not a test:
 * it prints figures and asserts nothing.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.aigov.kg.workbench.WorkbenchBench DIR [RUNS]</pre>
 */
public final class WorkbenchBench {
    private WorkbenchBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t = System.nanoTime();
        Dataset built = new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(dir)).dataset();
        System.out.printf("graph of %s built in %.1f s%n", dir, (System.nanoTime() - t) / 1e9);
        // served as `aigov serve` serves it: the in-memory store, whose union graph is indexed
        try (ServingDataset serving = MemoryStore.of(built);
             GraphViewServer server = GraphViewServer.start(DatasetFactory.wrap(serving.dataset()));
             HeadlessChromium browser = new HeadlessChromium(1280, 900)) {
            System.out.printf("%d quads served%n", serving.quadCount());
            String first = "/id/statement/" + slug(dir, 1);
            report("statement page", browser, server, first, List.of("/id/statement/" + slug(dir, 2), first), runs);
            report("/timeline", browser, server, "/timeline", List.of("/timeline"), runs);
        }
    }

    /** The slug of the n-th statement file (sorted by name). */
    private static String slug(Path dir, int n) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            String name = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".md")).sorted().skip(n - 1).findFirst().orElseThrow();
            return name.substring(0, name.length() - 3).toLowerCase().replaceAll("[^a-z0-9]+", "-");
        }
    }

    private static void report(String what, HeadlessChromium browser, GraphViewServer server, String cold, List<String> warm, int runs) {
        double[] c = render(browser, server, cold);
        List<Double> times = new ArrayList<>();
        List<Double> served = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] r = render(browser, server, warm.get(i % warm.size()));
            times.add(r[0]);
            served.add(r[1]);
        }
        served.sort(Double::compare);
        times.sort(Double::compare);
        System.out.printf("%-15s cold %6.0f ms (server %5.0f)   warm median %6.0f ms (server %5.0f; min %.0f, max %.0f, %d runs)   [%s]%n",
                what, c[0], c[1], times.get(times.size() / 2), served.get(served.size() / 2), times.get(0), times.get(times.size() - 1), runs, cold);
    }

    /**
     * Milliseconds from navigation start to the page's script saying it has drawn (window.aigovReadyAt),
     * and to the last byte of what the server computes (the page, or for /timeline its data).
     */
    private static double[] render(HeadlessChromium browser, GraphViewServer server, String path) {
        browser.driver.get("about:blank");
        browser.driver.get(server.url(path));
        browser.waitFor("window.aigovReady === true", Duration.ofMinutes(3));
        return new double[] {((Number) browser.js("return window.aigovReadyAt;")).doubleValue(),
                ((Number) browser.js("const data = performance.getEntriesByType('resource').filter(e => e.name.includes('/data.json'));"
                        + "return data.length ? data[0].responseEnd : performance.getEntriesByType('navigation')[0].responseEnd;")).doubleValue()};
    }
}
