package org.aigov.kg.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the gold files and their statements are (paths relative to the project root, Maven's working directory). */
final class GoldFiles {
    static final Path GOLD_DIR = Path.of("src/test/resources/gold");
    static final Path STATEMENTS = Path.of("data/statements");
    /** Statements the team wrote in other styles to test the loader on text it was not built from. */
    static final Path TEST_STATEMENTS = Path.of("src/test/resources/statements");

    private GoldFiles() {}

    static List<Path> all() {
        try (Stream<Path> s = Files.list(GOLD_DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path statementOf(Gold gold) {
        Path served = STATEMENTS.resolve(gold.slug() + ".md");
        return Files.exists(served) ? served : TEST_STATEMENTS.resolve(gold.slug() + ".md");
    }
}
