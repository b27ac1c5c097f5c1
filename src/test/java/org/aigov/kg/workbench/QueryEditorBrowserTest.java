package org.aigov.kg.workbench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The /query editor (YASGUI) in headless Chromium on the seed: a named query runs, its table sorts, a share link reopens it. */
class QueryEditorBrowserTest extends SeedBrowserTest {
    private void openEditor(String path) {
        openReady(path, "window.yasgui !== undefined");
    }

    @SuppressWarnings("unchecked")
    private List<String> column(int index) {
        return (List<String>) seed.browser.js("return Array.from(document.querySelectorAll('.tabPanel.active .yasr table.dataTable tbody tr'))"
                + ".map(r => r.cells[arguments[0]].textContent.trim());", index);
    }

    /** 1 when the texts ascend (as the browser compares them), -1 when they descend, 0 otherwise. */
    private int order(List<String> texts) {
        return ((Number) seed.browser.js("const a = arguments[0]; const c = (x, y) => x.localeCompare(y);"
                + "if (a.every((v, i) => i === 0 || c(a[i - 1], v) <= 0)) return 1;"
                + "if (a.every((v, i) => i === 0 || c(a[i - 1], v) >= 0)) return -1; return 0;", texts)).intValue();
    }

    private void runAndWaitForTable() {
        seed.browser.js("window.aigovLastResponse = undefined;");
        seed.browser.driver.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        seed.browser.waitFor("window.aigovLastResponse !== undefined && document.querySelectorAll('.tabPanel.active .yasr table.dataTable tbody tr').length > 0", WAIT);
    }

    @Test
    void aNamedQueryRunsInItsOwnTabAndItsTableSorts() throws Exception {
        openEditor("/query");
        int tabsBefore = seed.browser.driver.findElements(By.cssSelector(".tabsList .tab")).size();
        seed.browser.driver.findElement(By.cssSelector(".example button.open[data-name='co-mentions']")).click();
        seed.browser.waitFor("yasgui.getTab().getQuery().includes('?entity1')", WAIT);
        assertEquals(tabsBefore + 1, seed.browser.driver.findElements(By.cssSelector(".tabsList .tab")).size(), "the example opens a tab of its own");
        assertTrue(seed.browser.driver.findElement(By.cssSelector(".tabsList .tab.active")).getText().toLowerCase().contains("named together"),
                "the tab is named after the query's title");
        runAndWaitForTable();
        // column 0 is the row number; sort by the first variable's column, both ways
        List<String> shown = column(1);
        assertTrue(shown.size() >= 20, "the seed names many entities together: " + shown.size());
        WebElement header = seed.browser.driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable thead th")).get(1);
        header.click();
        seed.browser.waitFor("document.querySelector('.tabPanel.active .yasr table.dataTable thead th:nth-child(2)').getAttribute('aria-sort') !== null", WAIT);
        List<String> once = column(1);
        String sortedOnce = seed.browser.driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable thead th")).get(1).getAttribute("aria-sort");
        seed.browser.driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable thead th")).get(1).click();
        seed.browser.waitFor("document.querySelector('.tabPanel.active .yasr table.dataTable thead th:nth-child(2)').getAttribute('aria-sort') !== '" + sortedOnce + "'", WAIT);
        List<String> twice = column(1);
        int first = order(once), second = order(twice);
        assertTrue(first != 0 && second == -first && !once.equals(twice), "sorting by the column: " + once + " then " + twice);
        assertFalse(seed.browser.driver.findElements(By.cssSelector(".tabPanel.active .yasr .dataTables_paginate, .tabPanel.active .yasr .dt-paging")).isEmpty(),
                "the table pages");
        seed.browser.screenshot(SeedBrowser.SHOTS.resolve("query-editor.png"));
        // a minted IRI in the table opens this server's page for it, not the IRI's own host
        String editor = seed.browser.driver.getWindowHandle();
        seed.browser.driver.findElement(By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr td:nth-child(2) a")).click();
        seed.browser.waitFor("true", WAIT);
        String page = seed.browser.driver.getWindowHandles().stream().filter(h -> !h.equals(editor)).findFirst().orElseThrow();
        seed.browser.driver.switchTo().window(page);
        assertTrue(seed.browser.driver.getCurrentUrl().startsWith(seed.server.url("/id/")), seed.browser.driver.getCurrentUrl());
        seed.browser.driver.close();
        seed.browser.driver.switchTo().window(editor);
        seed.assertNoConsoleErrors();
        seed.assertOnlyLocalResources();
    }

    @Test
    void theShareLinkReopensTheQuery() throws Exception {
        openEditor("/query");
        seed.browser.driver.findElement(By.cssSelector(".example button.open[data-name='agreements']")).click();
        seed.browser.waitFor("yasgui.getTab().getQuery().includes('aigo:Agreement')", WAIT);
        String query = (String) seed.browser.js("return yasgui.getTab().getQuery();");
        seed.browser.driver.findElement(By.cssSelector(".tabPanel.active .yasqe_share")).click();
        String link = seed.browser.driver.findElement(By.cssSelector(".yasqe_sharePopup input")).getAttribute("value");
        assertTrue(link.startsWith(seed.server.url("/query")), link);
        seed.browser.js("localStorage.clear();");
        openEditor(link.substring(seed.server.url("/").length() - 1));
        assertEquals(query, seed.browser.js("return yasgui.getTab().getQuery();"), "the link reopens the same query");
        seed.assertNoConsoleErrors();
    }

    @Test
    void prefixesCompleteFromTheDatasetAndNothingWritesOrUploads() throws Exception {
        openEditor("/query");
        @SuppressWarnings("unchecked")
        List<String> prefixes = (List<String>) seed.browser.driver.executeAsyncScript(
                "const done = arguments[0]; fetch('/query/prefixes.json').then(r => r.json()).then(m => done(Object.keys(m)));");
        assertTrue(prefixes.containsAll(List.of("aigo", "id", "nif", "skos")), prefixes.toString());
        seed.browser.js("const y = yasgui.getTab().getYasqe(); y.setValue('PREFIX ai'); y.focus(); y.setCursor({line: 0, ch: 9});"
                + "y.autocomplete();");
        seed.browser.waitFor("document.querySelector('.CodeMirror-hints') !== null", WAIT);
        String hints = seed.browser.driver.findElement(By.cssSelector(".CodeMirror-hints")).getText();
        assertTrue(hints.contains("aigo: <https://w3id.org/aigov/ontology#>"), hints);
        seed.browser.js("yasgui.getTab().getYasqe().setValue('SELECT * WHERE { ?s ?p }');");
        seed.browser.waitFor("document.querySelector('.tabPanel.active .parseErrorIcon') !== null && yasgui.getTab().getYasqe().queryValid === false", WAIT);
        assertTrue(seed.browser.driver.findElements(By.cssSelector("input[type=file]")).isEmpty(), "no upload control");
        String controls = (String) seed.browser.js("return Array.from(document.querySelectorAll('button, a, [role=button], [title]'))"
                + ".map(e => (e.textContent + ' ' + (e.title || '') + ' ' + (e.getAttribute('aria-label') || ''))).join(' ').toLowerCase();");
        for (String word : List.of("upload", "update", "delete", "insert")) assertFalse(controls.contains(word), "a read-only server offers no " + word + " control");
        seed.assertNoConsoleErrors();
    }
}
