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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
        return buildInto(out, args);
    }

    /** Runs {@code aigov build ARGS --out target}. */
    private static Run buildInto(Path target, String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 3];
        full[0] = "build";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--out";
        full[args.length + 2] = target.toString();
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
        Run r = buildInto(elsewhere.resolve("kg"), f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("unknown front-matter key 'mood'"), r.err());
        assertTrue(r.err().contains(f + ":3"), r.err());
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

    @Test void damagedOrMisnamedPdf() throws IOException {
        for (String content : new String[] {"%PDF-1.7 this was cut off in the download\n", "# A Markdown file saved under the wrong name\n"}) {
            Path f = file("damaged.pdf", content.getBytes(StandardCharsets.UTF_8));
            assertRefused(build(f.toString()), f.toString(), "not a readable PDF");
        }
    }

    @Test void encryptedPdf() throws IOException {
        Path f = work.resolve("in-" + System.nanoTime()).resolve("locked.pdf");
        Files.createDirectories(f.getParent());
        try (PDDocument doc = onePagePdf("The two leaders welcomed the OECD.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        assertRefused(build(f.toString()), f.toString(), "encrypted PDF");
    }

    @Test void pdfWithoutText() throws IOException {
        Path f = work.resolve("in-" + System.nanoTime()).resolve("scan.pdf");
        Files.createDirectories(f.getParent());
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(f.toFile());
        }
        assertRefused(build(f.toString()), f.toString(), "no text in this PDF");
    }

    @Test void htmlWithoutText() throws IOException {
        Path f = file("empty-page.html", ("<!DOCTYPE html><html lang=\"en\"><head><title>Loading…</title><script>load()</script></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div id=\"app\"></div>"
                + "<footer>© 2026 Ministry</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        assertRefused(build(f.toString()), f.toString(), "no text in this HTML page");
    }

    @Test void unknownExtensionNamedExplicitly() throws IOException {
        Path f = file("statement.docx", "PK\u0003\u0004 a word-processor file".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(build(f.toString()), f.toString(), "unknown kind of file", "*.pdf", "*.ttl");
    }

    @Test void unknownExtensionInsideADirectoryIsSkippedWithANote(@TempDir Path elsewhere) throws IOException {
        Path d = work.resolve("mixed-" + System.nanoTime());
        Files.createDirectories(d);
        Files.copy(SEED, d.resolve(SEED.getFileName()));
        Files.writeString(d.resolve("minutes.odt"), "not a statement");
        Run r = buildInto(elsewhere.resolve("kg"), d.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("note: skipped " + d.resolve("minutes.odt")), r.err());
    }

    private static PDDocument onePagePdf(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            s.newLineAtOffset(72, 700);
            s.showText(text);
            s.endText();
        }
        return doc;
    }
}
