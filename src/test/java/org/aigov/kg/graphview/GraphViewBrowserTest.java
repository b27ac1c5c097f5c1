package org.aigov.kg.graphview;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aigov.kg.export.Fixture;
import org.aigov.kg.export.Network;
import org.aigov.kg.export.NetworkBuilder;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/** The /graph page in headless Chromium on the fixture: loads cleanly, counts match, panel, filters, language, PNG. */
class GraphViewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    static final Path SHOTS = Path.of(System.getProperty("aigov.project.dir", ".")).resolve("target/screenshots");
    private static Dataset ds;
    private static GraphViewServer server;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(HeadlessChromium.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        ds = Fixture.dataset();
        server = GraphViewServer.start(ds);
        browser = new HeadlessChromium(1280, 800);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    private void open(String query) {
        browser.driver.get(server.url("/graph" + query));
        browser.waitFor("window.aigovReady === true", WAIT);
    }

    private long visibleNodes(String selector) {
        return ((Number) browser.js("return cy.nodes(arguments[0]).filter(n => n.visible()).length;", selector)).longValue();
    }

    @Test
    void loadsWithoutErrorsAndShowsEveryNodeWithoutOverlappingLabels() throws Exception {
        open("");
        Network expected = new NetworkBuilder(ds).defaultNetwork();
        assertEquals(expected.nodes().size(), ((Number) browser.js("return cy.nodes().length;")).intValue());
        assertEquals(expected.edges().size(), ((Number) browser.js("return cy.edges().length;")).intValue());
        assertEquals(expected.nodes().size(), visibleNodes("*"));
        assertEquals(0L, ((Number) browser.js("return aigovLabelOverlaps();")).longValue(), "node labels overlap at 1280x800");
        browser.screenshot(SHOTS.resolve("graph-fixture.png"));
        assertEquals(List.of(), browser.js("return window.aigovErrors;"));
        List<LogEntry> severe = browser.severeConsoleEntries();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
        // Fully offline: every resource the page loaded came from this server.
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name);");
        assertFalse(loaded.isEmpty());
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(server.url("/"))), loaded.toString());
    }

    @Test
    void clickingANodeOpensItsPanel() throws Exception {
        open("");
        String id = "https://w3id.org/aigov/id/framework/hiroshima-ai-process";
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) browser.js("var p = cy.getElementById(arguments[0]).renderedPosition(); "
                + "var c = document.getElementById('cy'); return {x: p.x, y: p.y, w: c.clientWidth, h: c.clientHeight};", id);
        WebElement canvas = browser.driver.findElement(By.id("cy"));
        int dx = (int) Math.round(((Number) pos.get("x")).doubleValue() - ((Number) pos.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) pos.get("y")).doubleValue() - ((Number) pos.get("h")).doubleValue() / 2);
        new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();
        browser.waitFor("!document.getElementById('panel').hidden && document.querySelectorAll('#panel-sentences li').length > 0", WAIT);
        assertEquals("Hiroshima \"AI\" Process & <Friends>", browser.driver.findElement(By.id("panel-label")).getText());
        assertEquals("Framework", browser.driver.findElement(By.id("panel-type")).getText());
        assertEquals(3, browser.driver.findElements(By.cssSelector("#panel-sentences li")).size());
        assertTrue(browser.driver.findElements(By.cssSelector("#panel-relations li")).size() >= 3);
        assertEquals(server.url("/id/framework/hiroshima-ai-process"), browser.driver.findElement(By.id("panel-page")).getAttribute("href"));
        browser.screenshot(SHOTS.resolve("graph-fixture-panel.png"));
        assertEquals(List.of(), browser.js("return window.aigovErrors;"));
    }

    @Test
    void filtersHideWhatTheyShould() throws Exception {
        open("");
        long forums = ((Number) browser.js("return cy.nodes('[type = \"Forum\"]').length;")).longValue();
        long all = visibleNodes("*");
        assertTrue(forums >= 2);
        browser.driver.findElement(By.id("type-Forum")).click();
        assertEquals(0, visibleNodes("[type = \"Forum\"]"));
        assertEquals(all - forums, visibleNodes("*"));
        browser.driver.findElement(By.id("type-Forum")).click();
        assertEquals(all, visibleNodes("*"));

        new Select(browser.driver.findElement(By.id("f-act"))).selectByValue("welcome");
        @SuppressWarnings("unchecked")
        List<String> shownLabels = (List<String>) browser.js("return cy.edges().filter(e => e.visible()).map(e => e.data('label'));");
        assertFalse(shownLabels.isEmpty());
        assertTrue(shownLabels.stream().allMatch("welcome"::equals), shownLabels.toString());
        browser.screenshot(SHOTS.resolve("graph-fixture-welcome.png"));
        new Select(browser.driver.findElement(By.id("f-act"))).selectByValue("");

        new Select(browser.driver.findElement(By.id("f-statement"))).selectByValue("https://w3id.org/aigov/id/statement/fixture-two");
        assertEquals(4, visibleNodes("*"), "fixture-two names Japan, the OECD, HAIP and the AISI network");
        new Select(browser.driver.findElement(By.id("f-statement"))).selectByValue("");

        new Select(browser.driver.findElement(By.id("f-area"))).selectByValue("https://w3id.org/aigov/id/statement/fixture-one/area/2");
        assertEquals(0, visibleNodes("[type = \"Forum\"]"), "no forum is mentioned under area 2");
        assertTrue(visibleNodes("[type = \"Agreement\"]") == 1);
        new Select(browser.driver.findElement(By.id("f-area"))).selectByValue("");

        browser.driver.findElement(By.id("search")).sendKeys("mahasagar");
        assertEquals(1L, ((Number) browser.js("return cy.nodes('.match').length;")).longValue());
        assertEquals(List.of(), browser.js("return window.aigovErrors;"));
    }

    @Test
    void languageAndPngExport() throws Exception {
        open("?lang=ja");
        assertEquals("日本", browser.js("return cy.getElementById('https://w3id.org/aigov/id/country/japan').data('label');"));
        new Select(browser.driver.findElement(By.id("lang"))).selectByValue("hi");
        browser.waitFor("new URLSearchParams(location.search).get('lang') === 'hi' && window.aigovReady === true", WAIT);
        assertEquals("भारत", browser.js("return cy.getElementById('https://w3id.org/aigov/id/country/india').data('label');"));
        assertEquals(0L, ((Number) browser.js("return aigovLabelOverlaps();")).longValue());
        String png = (String) browser.js("return cy.png({full: true});");
        assertTrue(png.startsWith("data:image/png;base64,") && png.length() > 1000);
        browser.driver.findElement(By.id("png")).click(); // the button itself must not throw
        assertEquals(List.of(), browser.js("return window.aigovErrors;"));
        assertTrue(Files.isDirectory(SHOTS) || SHOTS.toFile().mkdirs());
        browser.screenshot(SHOTS.resolve("graph-fixture-hi.png"));
    }
}
