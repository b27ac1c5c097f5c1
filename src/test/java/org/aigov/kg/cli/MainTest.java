package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpListsTheCommandAndExitsZero() {
        CliRun o = run("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: aigov"), o.out());
    }

    @Test
    void versionNamesJena() {
        CliRun o = run("--version");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Apache Jena 5.6.0"), o.out());
    }

    @Test
    void unknownOptionIsBadUsageExitTwo() {
        CliRun o = run("--no-such-option");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--no-such-option"), o.err());
    }
}
