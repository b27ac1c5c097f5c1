package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium reads an entity page, follows a link to another entity, switches to
 * Japanese; screenshots go to target/screenshots/.
 */
class EntityPageBrowserTest {
    private static final Path SHOTS = Path.of(System.getProperty("aigov.project.dir", "."), "target", "screenshots");

    private static WebDriver chromium(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--window-size=1200,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    private static void shot(WebDriver d, String name) throws IOException {
        Files.createDirectories(SHOTS);
        byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
        assertTrue(png.length > 1000, name + " is an image");
    }

    @Test
    void openAnEntityFollowALinkAndSwitchToJapanese() throws Exception {
        Path profile = Files.createTempDirectory("aigov-chromium-");
        LdTestServer server = new LdTestServer();
        WebDriver d = null;
        try {
            d = chromium(profile);
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
            d.get(server.url("/id/country/japan"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("label")));
            assertEquals("Japan", d.findElement(By.id("label")).getText());
            assertEquals("Japan", d.findElement(By.cssSelector("#mentions mark")).getText(), "the mention is highlighted");
            shot(d, "ld-1-japan-en.png");

            WebElement toStatement = d.findElement(By.cssSelector("#incoming a[href='/id/statement/fixture-2026']"));
            toStatement.click();
            wait.until(ExpectedConditions.urlContains("/id/statement/fixture-2026"));
            assertEquals("Joint Statement", d.findElement(By.id("label")).getText());
            WebElement toIndia = d.findElement(By.cssSelector("#outgoing a[href='/id/country/india']"));
            assertEquals("India", toIndia.getText(), "related entities are shown by label");
            toIndia.click();
            wait.until(ExpectedConditions.textToBe(By.id("label"), "India"));
            shot(d, "ld-2-india-en.png");

            d.findElement(By.id("lang-ja")).click();
            wait.until(ExpectedConditions.textToBe(By.id("label"), "インド"));
            assertEquals("ja", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(d.getPageSource().contains("言及している文"), "UI text in Japanese");
            assertTrue(d.findElement(By.cssSelector("#outgoing")).getText().contains("声明") || d.getPageSource().contains("当事者"),
                    "relations labelled in Japanese");
            shot(d, "ld-3-india-ja.png");

            // the language sticks while browsing
            d.findElement(By.cssSelector("#incoming a[href^='/id/statement/fixture-2026?lang=ja']")).click();
            wait.until(ExpectedConditions.urlContains("lang=ja"));
            assertEquals("ja", d.findElement(By.tagName("html")).getAttribute("lang"));
            shot(d, "ld-4-statement-ja.png");
        } finally {
            if (d != null) d.quit();
            server.close();
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
