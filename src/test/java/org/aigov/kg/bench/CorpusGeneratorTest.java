package org.aigov.kg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.aigov.kg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesIdenticalBytes(@TempDir Path tmp) throws Exception {
        new CorpusGenerator(7).write(20, tmp.resolve("a"));
        new CorpusGenerator(7).write(20, tmp.resolve("b"));
        for (int i = 1; i <= 20; i++) {
            String name = CorpusGenerator.fileName(i);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void differentSeedGivesDifferentText() {
        assertNotEquals(new CorpusGenerator(1).statement(1), new CorpusGenerator(2).statement(1));
    }

    @Test
    void statementsDifferFromEachOtherAndAreWellFormed() {
        CorpusGenerator g = new CorpusGenerator(42);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= 50; i++) {
            String md = g.statement(i);
            assertTrue(seen.add(md), "statement " + i + " repeats an earlier one");
            assertFalse(md.contains("{"), "unfilled placeholder in statement " + i + ": " + md);
            assertTrue(md.contains("Joint Statement on"), md);
            assertTrue(md.contains("### **1. "), "no numbered section: " + md);
            assertTrue(md.endsWith("\\*\\*\\*\\*\\*"), md);
        }
    }

    @Test
    void statementDoesNotDependOnCorpusSize(@TempDir Path tmp) throws Exception {
        new CorpusGenerator(5).write(3, tmp.resolve("small"));
        new CorpusGenerator(5).write(10, tmp.resolve("large"));
        assertEquals(Files.readString(tmp.resolve("small").resolve(CorpusGenerator.fileName(3))),
                Files.readString(tmp.resolve("large").resolve(CorpusGenerator.fileName(3))));
    }

    @Test
    void commandWritesTheRequestedCount(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("corpus");
        assertEquals(0, Main.run("bench", "generate", "--count", "12", "--seed", "3", "--out", out.toString()));
        try (var files = Files.list(out)) {
            assertEquals(12, files.filter(p -> p.toString().endsWith(".md")).count());
        }
        assertEquals(2, Main.run("bench", "generate", "--count", "0", "--out", out.toString()));
    }
}
