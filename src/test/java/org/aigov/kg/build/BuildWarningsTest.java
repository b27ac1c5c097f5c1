package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aigov.kg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A statement the loader reads incompletely still loads, with its warnings printed, counted and kept; --strict refuses it. */
class BuildWarningsTest {
    private static final Path DRAFT = Path.of("src/test/resources/styles/draft-no-parties.md");

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aStatementWithNoPartiesLoadsWithWarningsNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kg");
        Run r = run("build", DRAFT.toString(), "--out", out.toString());
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
        Run first = run("build", "data/statements", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(out.resolve("aigov.trig"));
        Run strict = run("build", DRAFT.toString(), "--out", out.toString(), "--strict");
        assertEquals(2, strict.code(), strict.err());
        assertTrue(strict.err().contains("--strict: 4 completeness warnings"), strict.err());
        assertFalse(strict.err().contains("Exception"), strict.err());
        assertEquals(new String(before), new String(Files.readAllBytes(out.resolve("aigov.trig"))), "previous output untouched");
    }

    @Test
    void theSeedHasNoWarnings(@TempDir Path dir) {
        Run r = run("build", "data/statements", "--out", dir.resolve("kg").toString(), "--strict");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning:"), r.err());
    }
}
