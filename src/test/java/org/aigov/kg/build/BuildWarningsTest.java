package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aigov.kg.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement the loader reads incompletely still loads, with its warnings printed, counted and kept; --strict refuses it. */
class BuildWarningsTest {
    private static final Path DRAFT = Path.of("src/test/resources/styles/draft-no-parties.md");

    private static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void aStatementWithNoPartiesLoadsWithWarningsNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kg");
        CliRun r = run("build", DRAFT.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + DRAFT + ":1: no parties found"), r.err());
        assertTrue(r.err().contains("warning: " + DRAFT + ":5: a clause without an actor"), "the unresolved 'we' points at its line: " + r.err());
        assertTrue(r.out().contains(", 4 warnings in "), "counted in the summary: " + r.out());
        String trig = Files.readString(out.resolve("aigov.trig"));
        assertTrue(trig.contains("qualityReport"), "kept in the graph as the statement's quality report");
        assertTrue(trig.contains("sh:Warning") || trig.contains("shacl#Warning"), "as SHACL results of severity Warning");
    }

    @Test
    void strictFailsOnWarningsAndLeavesTheEarlierOutputAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kg");
        CliRun first = run("build", "data/statements", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(out.resolve("aigov.trig"));
        CliRun strict = run("build", DRAFT.toString(), "--out", out.toString(), "--strict");
        assertEquals(2, strict.code(), strict.err());
        assertTrue(strict.err().contains("--strict: 4 completeness warnings"), strict.err());
        assertFalse(strict.err().contains("Exception"), strict.err());
        assertEquals(new String(before), new String(Files.readAllBytes(out.resolve("aigov.trig"))), "previous output untouched");
    }

    @Test
    void theSeedHasNoWarnings(@TempDir Path dir) {
        CliRun r = run("build", "data/statements", "--out", dir.resolve("kg").toString(), "--strict");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning:"), r.err());
    }
}
