package org.aigov.kg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/export/: compared byte for byte; rewritten only when the
 * build is run with -Daigov.regenerate.golden=true (a deliberate act, reviewed in the diff).
 */
final class Golden {
    private Golden() {}

    static Path dir() {
        return Path.of(System.getProperty("aigov.project.dir", ".")).resolve("src/test/resources/export");
    }

    static void check(String name, String actual) throws IOException {
        Path file = dir().resolve(name);
        if (Boolean.getBoolean("aigov.regenerate.golden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "missing golden file " + file + " (run once with -Daigov.regenerate.golden=true)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
