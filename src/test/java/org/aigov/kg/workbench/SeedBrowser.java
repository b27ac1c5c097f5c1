package org.aigov.kg.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.graphview.GraphViewServer;
import org.aigov.kg.graphview.HeadlessChromium;
import org.apache.jena.query.Dataset;
import org.openqa.selenium.logging.LogEntry;

/** Test harness: the seed statement's graph served by the real server, and a headless Chromium looking at it. */
final class SeedBrowser implements AutoCloseable {
    static final Path SHOTS = Path.of(System.getProperty("aigov.project.dir", ".")).resolve("target/screenshots");

    final Dataset dataset;
    final GraphViewServer server;
    final HeadlessChromium browser;

    SeedBrowser(int width, int height) throws Exception {
        assertTrue(HeadlessChromium.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        dataset = new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(Path.of("data", "statements"))).dataset();
        server = GraphViewServer.start(dataset);
        browser = new HeadlessChromium(width, height);
    }

    void open(String path) {
        browser.driver.get(server.url(path));
    }

    /** No script error and no SEVERE console entry (failed loads and policy violations among them). */
    void assertNoConsoleErrors() {
        assertEquals(List.of(), browser.js("return window.aigovErrors || [];"));
        List<LogEntry> severe = browser.severeConsoleEntries();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    /** Every resource the page loaded came from this server. */
    void assertOnlyLocalResources() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = server.url("/");
        for (String u : urls) assertTrue(u.startsWith(origin) || u.startsWith("blob:") || u.startsWith("data:"), "loaded from elsewhere: " + u);
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
