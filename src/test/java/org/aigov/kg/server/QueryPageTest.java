package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser query page: served, lists the named queries, and runs one in a real browser. */
class QueryPageTest {

    @Test
    void headerCommentsGiveTitleDescriptionAndParams() {
        ExampleQueries.Example e = ExampleQueries.parse("provenance", """
                # title: Provenance of an entity
                # description: The sentences that mention an entity,
                #   with their offsets.
                # param: entity — IRI of the entity
                PREFIX aigo: <https://w3id.org/aigov/ontology#>
                # not part of the header
                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Provenance of an entity", e.title());
        assertEquals("The sentences that mention an entity, with their offsets.", e.description());
        assertEquals(List.of("entity — IRI of the entity"), e.params());
        assertTrue(e.text().contains("SELECT"));
    }

    @Test
    void everyQueryOfTheLibraryIsOfferedWithItsTitle() throws Exception {
        Path dir = Path.of("queries");
        long rq;
        try (var s = Files.list(dir)) {
            rq = s.filter(p -> p.toString().endsWith(".rq")).count();
        }
        List<ExampleQueries.Example> examples = ExampleQueries.read(dir);
        assertEquals(rq, examples.size());
        for (ExampleQueries.Example e : examples) {
            assertTrue(!e.title().equals(e.name()) && !e.title().isBlank(), e.name() + " has no '# title:' the page can show");
            assertTrue(!e.description().isBlank(), e.name() + " has no '# description:'");
        }
    }

    @Test
    void aByteOrderMarkDoesNotHideTheHeader() {
        ExampleQueries.Example e = ExampleQueries.parse("x", "\uFEFF# title: With BOM\nSELECT * {}");
        assertEquals("With BOM", e.title());
    }

    @Test
    void pageAndExamplesAreServed() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            HttpResponse<String> page = f.get("/query");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<textarea id=\"query\""), page.body());
            assertTrue(!page.body().matches("(?s).*<(script|link|img)[^>]+(src|href)=.*"), "the page must work offline: no script, style or image from elsewhere");
            HttpResponse<String> root = f.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/query", root.headers().firstValue("Location").orElse(""));
            JsonArray list = JSON.parseAny(f.get("/query/examples.json").body()).getAsArray();
            long rqFiles;
            try (var s = Files.list(Path.of("src/test/resources/fixtures/queries"))) {
                rqFiles = s.filter(p -> p.toString().endsWith(".rq")).count();
            }
            assertEquals(rqFiles, list.size());
            JsonObject first = list.get(0).getAsObject();
            assertEquals("countries", first.getString("name"));
            assertEquals("Countries", first.getString("title"));
        } finally {
            f.close();
        }
    }

    @Test
    void aBrowserLoadsANamedQueryAndShowsItsResults(@org.junit.jupiter.api.io.TempDir Path profile) throws Exception {
        ServerFixture f = new ServerFixture();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        WebDriver driver = null;
        try {
            driver = new ChromeDriver(service, options);
            driver.get(f.url("/query"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector("#examples button[data-name='countries']")).isEmpty());
            driver.findElement(By.cssSelector("#examples button[data-name='countries']")).click();
            assertTrue(driver.findElement(By.id("query")).getAttribute("value").contains("aigo:Country"));
            driver.findElement(By.id("run")).click();
            wait.until(d -> d.findElement(By.id("status")).getText().contains("rows"));
            List<String> cells = driver.findElements(By.cssSelector("#results td")).stream().map(e -> e.getText()).toList();
            assertTrue(cells.contains("India @en") && cells.contains("Japan @en"), cells.toString());
            assertEquals("2 rows", driver.findElement(By.id("status")).getText().replaceAll(" in .*", ""));
            Path shot = Path.of("target", "screenshots", "query-page.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            if (driver != null) driver.quit();
            f.close();
        }
    }
}
