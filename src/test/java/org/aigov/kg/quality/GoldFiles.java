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

    private GoldFiles() {}

    static List<Path> all() {
        try (Stream<Path> s = Files.list(GOLD_DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".gold.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path statementOf(Gold gold) {
        return STATEMENTS.resolve(gold.slug() + ".md");
    }
}
