package org.aigov.kg.graphview;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.export.Network;
import org.aigov.kg.export.NetworkBuilder;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** The /graph page on the real seed statement (data/statements) at 1280x800: all nodes drawn, no label overlaps, no errors. */
class GraphViewSeedTest {
    @Test
    void seedGraphReadsWellAt1280x800() throws Exception {
        assertTrue(HeadlessChromium.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Dataset ds = new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(Path.of("data", "statements"))).dataset();
        Network expected = new NetworkBuilder(ds).defaultNetwork();
        assertTrue(expected.nodes().size() >= 20, "the seed names many entities: " + expected);
        try (GraphViewServer server = GraphViewServer.start(ds); HeadlessChromium browser = new HeadlessChromium(1280, 800)) {
            browser.driver.get(server.url("/graph"));
            browser.waitFor("window.aigovReady === true", Duration.ofSeconds(120));
            assertEquals(expected.nodes().size(), ((Number) browser.js("return cy.nodes().length;")).intValue());
            assertEquals(expected.edges().size(), ((Number) browser.js("return cy.edges().length;")).intValue());
            assertEquals(0L, ((Number) browser.js("return aigovLabelOverlaps();")).longValue(), "node labels overlap");
            browser.screenshot(GraphViewBrowserTest.SHOTS.resolve("graph-seed.png"));
            assertEquals(List.of(), browser.js("return window.aigovErrors;"));
            assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
        }
    }
}
