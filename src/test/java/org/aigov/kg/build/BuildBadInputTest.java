package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aigov.kg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every kind of bad input: a clear message naming the file (and line), exit 2, earlier output intact. */
class BuildBadInputTest {
    private static final Path SEED = Path.of("data/statements/japan-india-ai-2026.md");

    @TempDir static Path work;
    static Path out;
    static Map<String, String> before;

    private record Run(int code, String err) {}

    private static Run build(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 3];
        full[0] = "build";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--out";
        full[args.length + 2] = out.toString();
        return new Run(cli.execute(full), err.toString());
    }

    @BeforeAll
    static void buildOnceSoThereIsSomethingToLose() throws IOException {
        out = work.resolve("kg");
        Run ok = build(SEED.toString());
        assertEquals(0, ok.code(), ok.err());
        before = snapshot(out);
        assertTrue(before.containsKey("aigov.trig"));
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) m.put(p.getFileName().toString(), Long.toString(Files.size(p)) + ":" + Files.readString(p, StandardCharsets.ISO_8859_1).hashCode());
        }
        return m;
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path p = work.resolve("in-" + System.nanoTime()).resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static void assertRefused(Run r, String... expected) throws IOException {
        assertEquals(2, r.code(), r.err());
        for (String e : expected) assertTrue(r.err().contains(e), "expected «" + e + "» in: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(before, snapshot(out), "the earlier output must survive");
        try (Stream<Path> s = Files.list(work)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no half-written output");
        }
    }

    @Test void emptyFile() throws IOException {
        Path f = file("empty.md", new byte[0]);
        assertRefused(build(f.toString()), f.toString(), "empty file");
    }

    @Test void binaryFile() throws IOException {
        Path f = file("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertRefused(build(f.toString()), f + ":1", "binary file");
    }

    @Test void invalidUtf8NamesTheLine() throws IOException {
        Path f = file("latin1.md", "# Title\n\nLine two.\nCaf\u00e9 line three.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(build(f.toString()), f + ":4", "invalid UTF-8");
    }

    @Test void hugeFile() throws IOException {
        Path f = work.resolve("huge").resolve("huge.md");
        Files.createDirectories(f.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) { raf.setLength(60L * 1024 * 1024); }
        assertRefused(build(f.toString()), f.toString(), "too large", "60.0 MB");
    }

    @Test void noTitle() throws IOException {
        Path f = file("untitled.md", "Just a paragraph, no heading.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(build(f.toString()), f.toString(), "no title");
    }

    @Test void malformedFrontMatterNamesTheLine() throws IOException {
        Path f = file("fm.md", "---\ntitle: ok\ndate: [2026\n---\n# T\n\nText here.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(build(f.toString()), f.toString(), "malformed front matter");
    }

    @Test void unclosedFrontMatter() throws IOException {
        Path f = file("open.md", "---\ntitle: ok\n# T\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(build(f.toString()), f + ":1", "never closed");
    }

    @Test void unknownFrontMatterKeyIsOnlyAWarning(@TempDir Path elsewhere) throws IOException {
        Path f = file("extra.md", ("---\ntitle: Japan – India note\nmood: upbeat\n---\n\n"
                + "The two leaders reaffirmed their commitment to the OECD.\n").getBytes(StandardCharsets.UTF_8));
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", f.toString(), "--out", elsewhere.resolve("kg").toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("unknown front-matter key 'mood'"), err.toString());
        assertTrue(err.toString().contains(f + ":3"), err.toString());
    }

    @Test void brokenGazetteerTurtleNamesFileAndLine() throws IOException {
        Path gaz = work.resolve("gaz-" + System.nanoTime());
        Files.createDirectories(gaz);
        Path bad = gaz.resolve("bad.ttl");
        Files.writeString(bad, "@prefix aigo: <https://w3id.org/aigov/ontology#> .\n\n<x> a aigo:Country ;\n  rdfs:label \"X\" .\n");
        assertRefused(build(SEED.toString(), "--gazetteer", gaz.toString()), bad + ":4");
    }

    @Test void aGazetteerEntryThatViolatesTheShapesIsReportedOnceNamingTheGazetteer() throws IOException {
        Path gaz = work.resolve("gaz-" + System.nanoTime());
        Files.createDirectories(gaz);
        Files.writeString(gaz.resolve("unlabelled.ttl"), "@prefix aigo: <https://w3id.org/aigov/ontology#> .\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "<https://w3id.org/aigov/id/country/atlantis> a aigo:Country ; rdfs:label \"Atlantide\"@fr .\n");
        Run r = build(SEED.toString(), "--gazetteer", gaz.toString());
        assertRefused(r, "error: " + gaz + ": the gazetteer graph violates ontology/shapes.ttl (1 violations)", "country/atlantis");
    }

    @Test void twoStatementsWithTheSameSlug() throws IOException {
        Path a = file("same.md", "# A\n\nThe two leaders welcomed the OECD.\n".getBytes(StandardCharsets.UTF_8));
        Path b = work.resolve("other-" + System.nanoTime()).resolve("same.md");
        Files.createDirectories(b.getParent());
        Files.copy(a, b);
        assertRefused(build(a.toString(), b.toString()), "same statement id 'same'");
    }

    @Test void directoryWithoutStatements() throws IOException {
        Path d = work.resolve("nothing-" + System.nanoTime());
        Files.createDirectories(d);
        Files.writeString(d.resolve("notes.odt"), "not a statement"); // .txt is a statement now
        assertRefused(build(d.toString()), d.toString(), "no statements");
    }

    @Test void unreadableFile() throws IOException {
        Path f = file("secret.md", "# T\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assertRefused(build(f.toString()), f.toString(), "not readable");
    }

    @Test void pathThatDoesNotExist() throws IOException {
        Path f = work.resolve("no/such/statement.md");
        assertRefused(build(f.toString()), f.toString(), "no such file");
    }

    @Test void badBaseIri() throws IOException {
        assertRefused(build(SEED.toString(), "--base", "not an iri"), "--base");
    }

    @Test void threadsBelowOne() throws IOException {
        assertRefused(build(SEED.toString(), "--threads", "0"), "--threads: must be at least 1");
    }
}
