package org.aigov.kg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code aigov export} end to end on the fixture TriG: files, standard output, CSV pairs and bad input. */
class ExportCommandTest {
    @TempDir Path dir;
    Path fixture;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() throws Exception {
        fixture = dir.resolve("fixture.trig");
        try (InputStream in = getClass().getResourceAsStream("/export/fixture.trig")) {
            Files.copy(in, fixture);
        }
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String golden(String name) throws Exception {
        try (InputStream in = ExportCommandTest.class.getResourceAsStream("/export/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheGoldenGexfToAFile() throws Exception {
        Path out = dir.resolve("sub/fixture.gexf");
        assertEquals(0, run("export", "--format", "gexf", "--out", out.toString(), fixture.toString()), err.toString());
        assertEquals(golden("fixture.expected.gexf"), Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void writesToStandardOutput() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("export", "--format", "dot", fixture.toString()), err.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(golden("fixture.expected.dot"), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvGoesToADirectoryOrAPrefix() throws Exception {
        Path d = dir.resolve("csv");
        Files.createDirectories(d);
        assertEquals(0, run("export", "--format", "csv", "--out", d.toString(), fixture.toString()), err.toString());
        assertEquals(golden("fixture.expected.nodes.csv"), Files.readString(d.resolve("nodes.csv")));
        assertEquals(golden("fixture.expected.edges.csv"), Files.readString(d.resolve("edges.csv")));
        assertEquals(0, run("export", "--format", "csv", "--out", dir.resolve("aigov").toString(), fixture.toString()), err.toString());
        assertEquals(golden("fixture.expected.nodes.csv"), Files.readString(dir.resolve("aigov-nodes.csv")));
        assertEquals(golden("fixture.expected.edges.csv"), Files.readString(dir.resolve("aigov-edges.csv")));
    }

    @Test
    void aNamedQueryDefinesTheNetwork() throws Exception {
        Path out = dir.resolve("forums.graphml");
        assertEquals(0, run("export", "--format", "graphml", "--query", "forums", "--out", out.toString(), fixture.toString()), err.toString());
        String graphml = Files.readString(out);
        assertTrue(graphml.contains("works-through"));
        assertEquals(4, graphml.split("<node ").length - 1);
    }

    @Test
    void badInputExitsTwoWithAClearMessageAndNoOutput() throws Exception {
        Path out = dir.resolve("never.graphml");
        assertEquals(2, run("export", "--format", "svg", "--out", out.toString(), fixture.toString()));
        assertTrue(err.toString().contains("unknown format 'svg'"), err.toString());

        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "SELECT ?source ?relation ?target WHERE {\n  ?source ?relation \n");
        assertEquals(2, run("export", "--format", "graphml", "--query", bad.toString(), "--out", out.toString(), fixture.toString()));
        assertTrue(err.toString().contains("bad.rq:"), err.toString());

        assertEquals(2, run("export", "--format", "graphml", "--query", "nonesuch", "--out", out.toString(), fixture.toString()));
        assertTrue(err.toString().contains("no query named 'nonesuch'"), err.toString());

        assertEquals(2, run("export", "--format", "csv", fixture.toString()));
        assertTrue(err.toString().contains("give --out"), err.toString());

        assertEquals(2, run("export", "--format", "dot", "--out", out.toString(), dir.resolve("missing.trig").toString()));
        assertTrue(err.toString().contains("missing.trig"), err.toString());

        assertEquals(2, run("export"), "--format is required");
        assertFalse(Files.exists(out), "nothing written on bad input");
        assertFalse(err.toString().contains("\tat "), "no stack trace for the user");
    }
}
