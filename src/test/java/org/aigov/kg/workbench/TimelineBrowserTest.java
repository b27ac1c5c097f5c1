package org.aigov.kg.workbench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.timeline.TimeSpan;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /timeline in headless Chromium on the seed: its dated events at their precision, the target's deadline, zoom, filters, links, languages. */
class TimelineBrowserTest extends SeedBrowserTest {

    /** Rows of (IRI, date lexical form) from the seed graph. */
    private List<String[]> dated(String pattern) {
        return Txn.calculateRead(seed.dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset).query("PREFIX aigo: <https://w3id.org/aigov/ontology#> "
                    + "SELECT DISTINCT ?x ?d { GRAPH ?g { " + pattern + " } }").build()) {
                List<String[]> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(r -> out.add(new String[] {r.getResource("x").getURI(), r.getLiteral("d").getLexicalForm()}));
                return out;
            }
        });
    }

    private WebElement item(String iri) {
        return seed.browser.driver.findElement(By.cssSelector("#timeline g.item[data-id='" + iri + "']"));
    }

    @Test
    void showsTheDatedEventsAtTheirPrecisionAndTheTargetsDeadline() throws Exception {
        openReady("/timeline", "true");
        List<String[]> events = dated("?x a aigo:Event ; aigo:date ?d");
        assertTrue(events.size() >= 2, "the seed dates two events");
        for (String[] e : events) {
            TimeSpan span = TimeSpan.parse(e[1]);
            WebElement g = item(e[0]);
            assertEquals(span.precision(), g.getAttribute("data-precision"), e[0]);
            assertEquals(span.start().toString(), g.getAttribute("data-start"), e[0]);
            String href = (String) seed.browser.js("return arguments[0].closest('a').getAttribute('href');", g);
            assertEquals("/id/event/" + e[0].substring(e[0].lastIndexOf('/') + 1), href, "the item links to its page");
            assertTrue(g.getText().contains(e[1]), "labelled with its date: " + g.getText());
        }
        List<String[]> targets = dated("?x a aigo:Target ; aigo:targetYear ?d");
        assertEquals(1, targets.size());
        WebElement target = item(targets.get(0)[0]);
        assertEquals("year", target.getAttribute("data-precision"));
        assertEquals(targets.get(0)[1] + "-01-01", target.getAttribute("data-start"));
        assertTrue(target.getAttribute("class").contains("target"));
        seed.browser.screenshot(SeedBrowser.SHOTS.resolve("timeline.png"));
        seed.assertNoConsoleErrors();
        seed.assertOnlyLocalResources();
    }

    @Test
    void zoomsAndFilters() throws Exception {
        openReady("/timeline", "true");
        double before = span();
        seed.browser.driver.findElement(By.id("zoom-in")).click();
        seed.browser.waitFor("aigovTimeline.range()[1] - aigovTimeline.range()[0] < " + before * 0.9, WAIT);
        seed.browser.driver.findElement(By.id("zoom-fit")).click();
        int all = drawn();
        Select country = new Select(seed.browser.driver.findElement(By.id("f-country")));
        List<String> countries = country.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertTrue(countries.contains("https://w3id.org/aigov/id/country/japan"), countries.toString());
        country.selectByValue("https://w3id.org/aigov/id/country/japan");
        seed.browser.waitFor("document.getElementById('count').textContent.startsWith('" + all + " of')", WAIT);
        Select statement = new Select(seed.browser.driver.findElement(By.id("f-statement")));
        statement.selectByValue("https://w3id.org/aigov/id/statement/japan-india-ai-2026");
        assertEquals(all, drawn(), "every dated item of the seed belongs to its one statement");
        seed.assertNoConsoleErrors();
    }

    @Test
    void speaksJapanese() throws Exception {
        openReady("/timeline?lang=ja", "true");
        assertEquals("年表", seed.browser.driver.findElement(By.cssSelector("header nav strong")).getText());
        assertTrue(seed.browser.driver.findElement(By.id("timeline")).getText().contains("目標"));
        seed.assertNoConsoleErrors();
    }

    private double span() {
        return ((Number) seed.browser.js("const r = aigovTimeline.range(); return r[1] - r[0];")).doubleValue();
    }

    private int drawn() {
        return ((Number) seed.browser.js("aigovTimeline.render(); return aigovTimeline.drawn.length;")).intValue();
    }
}
