package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandAndExitsZero() {
        Outcome o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: aigov"), o.out());
    }

    @Test
    void versionNamesJena() {
        Outcome o = run("--version");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Apache Jena 5.6.0"), o.out());
    }

    @Test
    void unknownOptionIsBadUsageExitTwo() {
        Outcome o = run("--no-such-option");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--no-such-option"), o.err());
    }
}
