package org.aigov.kg.workbench;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the workbench's browser tests: one seed server and one browser per test class, and pages opened until their script says it is ready. */
abstract class SeedBrowserTest {
    static final Duration WAIT = Duration.ofSeconds(90);
    static SeedBrowser seed;

    @BeforeAll
    static void start() throws Exception {
        seed = new SeedBrowser(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (seed != null) seed.close();
        seed = null;
    }

    /** Opens the path and waits until {@code condition} (JavaScript) holds as well as {@code window.aigovReady}. */
    static void openReady(String path, String condition) {
        seed.open(path);
        seed.browser.waitFor("window.aigovReady === true && (" + condition + ")", WAIT);
    }
}
