package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The named query {@code search} finds the same resources and text with {@code aigov query} as on the server: one index definition. */
class SearchParityTest {

    /** The rows of a CSV answer without its score column (scores depend on how each index weighs its documents). */
    private static TreeSet<String> rowsWithoutScore(String csv) {
        TreeSet<String> rows = new TreeSet<>();
        List<String> lines = Arrays.asList(csv.split("\r?\n"));
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) rows.add(line.substring(0, line.lastIndexOf(',')));
        return rows;
    }

    @Test
    void searchGivesTheSameRowsLocallyAndOnTheServer() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("data/statements", "--port", "0");
        try (ServeCommand.Running r = cmd.start(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))) {
            // a name, a word of clause text only, a word of the title, a phrase
            for (String text : List.of("Hiroshima", "children", "Joint", "\"Trusted AI Commons\"")) {
                CliRun local = CliRun.of("query", "search", "--param", "text=" + text, "--format", "csv", "data/statements");
                CliRun remote = CliRun.of("query", "search", "--param", "text=" + text, "--format", "csv", "--endpoint", r.server().endpointUrl());
                assertEquals(0, local.code(), local.err());
                assertEquals(0, remote.code(), remote.err());
                TreeSet<String> expected = rowsWithoutScore(local.out());
                assertFalse(expected.isEmpty(), "no hits for " + text);
                assertEquals(expected, rowsWithoutScore(remote.out()), "search " + text);
            }
        }
    }
}
