package org.aigov.kg.workbench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The statement page's document view in headless Chromium on the seed: its text, mention links, clause marks, filters, details, anchors, languages. */
class StatementPageBrowserTest extends SeedBrowserTest {
    private static final String STATEMENT = "https://w3id.org/aigov/id/statement/japan-india-ai-2026";
    private static final String PAGE = "/id/statement/japan-india-ai-2026";
    private void openPage(String path) {
        openReady(path, "true");
    }

    /** The graph's answer to a one-column SELECT over the seed, as strings. */
    private List<String> column(String sparql) {
        return Txn.calculateRead(seed.dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(seed.dataset).query("PREFIX aigo: <https://w3id.org/aigov/ontology#> "
                    + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> " + sparql).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.get(r.varNames().next()).toString()));
                return out;
            }
        });
    }

    private Set<String> clauseNumbers(String filter) {
        Set<String> out = new TreeSet<>();
        for (String iri : column("SELECT ?c { GRAPH ?g { ?c aigo:clauseOf <" + STATEMENT + "> " + filter + " } }")) out.add(iri.substring(iri.lastIndexOf('/') + 1));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Set<String> shownMarks() {
        return new TreeSet<>((List<String>) seed.browser.js("return Array.from(document.querySelectorAll('#doc-text .cl-mark'))"
                + ".filter(m => m.offsetParent !== null).map(m => m.dataset.clause);"));
    }

    @Test
    void showsTheTextWithItsMentionsLinkedAndEveryClauseMarked() throws Exception {
        openPage(PAGE);
        String shown = (String) seed.browser.js("const c = document.getElementById('doc-text').cloneNode(true);"
                + "c.querySelectorAll('.cl-mark').forEach(m => m.remove()); return c.textContent.replace(/\\s+/g, ' ');");
        List<String> sentences = column("SELECT ?t { GRAPH ?g { ?s a nif:Sentence ; nif:anchorOf ?t } }");
        assertTrue(sentences.size() >= 40, "the seed has many sentences");
        for (String s : sentences) {
            String text = s.replaceAll("^\"|\"(@\\w+|\\^\\^.*)?$", "").replaceAll("\\s+", " ");
            assertTrue(shown.contains(text), "the page shows the sentence: " + text);
        }
        @SuppressWarnings("unchecked")
        List<String> linked = (List<String>) seed.browser.js("return Array.from(new Set(Array.from(document.querySelectorAll('#doc-text a.m'))"
                + ".filter(a => a.getAttribute('href').startsWith('/id/')).map(a => a.dataset.mention)));");
        assertTrue(linked.size() >= 60, "entity links inside the text: " + linked.size());
        assertFalse(seed.browser.driver.findElements(By.cssSelector("#doc-text h2.doc-h, #doc-text h3.doc-h")).isEmpty(), "headings are headings");
        Set<String> clauses = clauseNumbers("");
        assertTrue(clauses.size() >= 40, clauses.toString());
        assertEquals(clauses, shownMarks(), "a speech-act mark on every clause");
        assertEquals(clauses.size() + " of " + clauses.size() + " clauses shown", seed.browser.driver.findElement(By.id("doc-count")).getText());
        assertTrue(seed.browser.driver.findElements(By.cssSelector("#side-party li")).size() >= 2, "the parties are listed");
        assertFalse(seed.browser.driver.findElements(By.cssSelector("#side-target li a.in-text")).isEmpty(), "the target is listed with its place in the text");
        seed.browser.screenshot(SeedBrowser.SHOTS.resolve("statement-page.png"));
        seed.assertNoConsoleErrors();
        seed.assertOnlyLocalResources();
    }

    @Test
    void aFilterHidesTheOtherClauses() throws Exception {
        openPage(PAGE);
        Set<String> all = clauseNumbers("");
        Set<String> reaffirm = clauseNumbers("; aigo:speechAct <https://w3id.org/aigov/vocab/speech-act/reaffirm>");
        assertTrue(!reaffirm.isEmpty() && reaffirm.size() < all.size(), reaffirm.toString());
        new Select(seed.browser.driver.findElement(By.id("f-sa"))).selectByValue("reaffirm");
        assertEquals(reaffirm, shownMarks());
        String other = all.stream().filter(n -> !reaffirm.contains(n)).findFirst().orElseThrow();
        WebElement part = seed.browser.driver.findElement(By.cssSelector("#doc-text .cl[data-clause='" + other + "']"));
        assertFalse(part.isDisplayed(), "clause " + other + " is hidden");
        new Select(seed.browser.driver.findElement(By.id("f-sa"))).selectByValue("");
        Set<String> commitments = clauseNumbers("; aigo:strength <https://w3id.org/aigov/vocab/strength/commitment>");
        new Select(seed.browser.driver.findElement(By.id("f-str"))).selectByValue("commitment");
        assertEquals(commitments, shownMarks());
        new Select(seed.browser.driver.findElement(By.id("f-str"))).selectByValue("");
        new Select(seed.browser.driver.findElement(By.id("f-type"))).selectByValue("Forum");
        Set<String> forums = clauseNumbers("; aigo:mentions ?e } GRAPH ?h { ?e a aigo:Forum"); // the type may come from the gazetteer graph
        assertEquals(forums, shownMarks());
        seed.assertNoConsoleErrors();
    }

    @Test
    void selectingAClauseShowsItsActorsTopicsAndMentions() throws Exception {
        openPage(PAGE);
        seed.browser.driver.findElement(By.id("clause-3")).click();
        String details = seed.browser.driver.findElement(By.id("clause-details")).getText();
        assertTrue(details.contains("Clause 3") && details.contains("Actors") && details.contains("Japan") && details.contains("India")
                && details.contains("Topics"), details);
        seed.assertNoConsoleErrors();
    }

    @Test
    void aClausePageLinksBackToItsPlaceInTheText() throws Exception {
        seed.open(PAGE + "/clause/7");
        String href = seed.browser.driver.findElement(By.id("to-text")).getAttribute("href");
        assertTrue(href.endsWith(PAGE + "#clause-7"), href);
        seed.browser.driver.findElement(By.id("to-text")).click();
        seed.browser.waitFor("window.aigovReady === true && location.hash === '#clause-7'", WAIT);
        assertEquals("7", seed.browser.driver.findElement(By.id("clause-details")).getAttribute("data-clause"));
        seed.open(PAGE + "/sentence/9");
        String sentence = seed.browser.driver.findElement(By.id("to-text")).getAttribute("href");
        assertTrue(sentence.endsWith("#sentence-9"), sentence);
        seed.open(PAGE + "#sentence-9");
        assertFalse(seed.browser.driver.findElements(By.id("sentence-9")).isEmpty());
        seed.assertNoConsoleErrors();
    }

    @Test
    void theViewSpeaksJapaneseAndHindi() throws Exception {
        openPage(PAGE + "?lang=ja");
        assertEquals("公表された声明の本文", seed.browser.driver.findElement(By.cssSelector("#document h2")).getText());
        assertTrue(seed.browser.driver.findElement(By.id("side-party")).getText().contains("日本"), "party labels in Japanese");
        openPage(PAGE + "?lang=hi");
        assertEquals("प्रकाशित रूप में वक्तव्य", seed.browser.driver.findElement(By.cssSelector("#document h2")).getText());
        seed.assertNoConsoleErrors();
    }
}
