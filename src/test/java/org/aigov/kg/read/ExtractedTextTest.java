package org.aigov.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the text, HTML and PDF readers extract: the blocks a statement is read from, with offsets into that text. */
class ExtractedTextTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> sentences(Document doc) {
        for (Sentence s : doc.sentences()) assertEquals(s.text(), s.span().of(doc.text()), "offsets point into the extracted text");
        return doc.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void plainTextTitleHeadingsWrappedParagraphsAndBullets() throws IOException {
        Document doc = StatementFormat.read(write("note.txt", """
                Joint Statement on AI Safety

                The two leaders welcomed the
                Hiroshima AI Process.

                1. Research Cooperation

                The two sides decided to:
                - exchange researchers;
                - fund joint projects.
                """));
        assertEquals("Joint Statement on AI Safety", doc.title());
        assertEquals(1, doc.sections().size());
        assertEquals("Research Cooperation", doc.sections().get(0).title());
        assertEquals("The two leaders welcomed the Hiroshima AI Process.", sentences(doc).get(0));
        assertTrue(doc.text().contains("- exchange researchers;"), doc.text());
    }

    @Test
    void htmlListsTablesAndTheTitleFromTheHeadWhenThePageHasNoH1() throws IOException {
        Document doc = StatementFormat.read(write("page.htm", """
                <html lang="ja-JP"><head><title>Statement of the Dialogue | Cabinet Office</title>
                <meta name="DC.date" content="2026-05-01"></head><body>
                <div class="content"><p>The two sides welcomed the <a href="#">OECD</a> report.</p>
                <ul><li>They decided to meet again.<ul><li>They noted the Network.</li></ul></li></ul>
                <table><tr><th>Name</th><th>Title</th></tr><tr><td>Narendra Modi</td><td>Prime Minister of India</td></tr></table>
                </div><div id="site-footer">Copyright notice of the Cabinet Office.</div></body></html>"""));
        assertEquals("Statement of the Dialogue", doc.title());
        assertEquals("2026-05-01", doc.meta().date());
        assertEquals("ja", doc.meta().language());
        List<String> s = sentences(doc);
        assertTrue(s.contains("The two sides welcomed the OECD report."), s.toString());
        assertTrue(s.contains("They decided to meet again."), s.toString());
        assertTrue(s.contains("They noted the Network."), s.toString());
        assertTrue(doc.text().contains("Narendra Modi, Prime Minister of India"), doc.text());
        assertFalse(doc.text().contains("Copyright"), doc.text());
    }

    @Test
    void pdfHyphenationPageBreaksRunningFootersAndHeadings() throws IOException {
        Path pdf = dir.resolve("print.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, new String[][] {
                    {"B18", "Joint Statement on Research"},
                    {"R11", "The two leaders welcomed the long-term plan and its deploy-"},
                    {"R11", "ment across the region, and noted that the long-"},
                    {"R11", "term plan supports the"},
                    {"F8", "Page 1 of 2"}});
            page(doc, new String[][] {
                    {"R11", "Hiroshima AI Process."},
                    {"B13", "2. Talent Exchange"},
                    {"R11", "The two sides decided to exchange researchers."},
                    {"F8", "Page 2 of 2"}});
            doc.save(pdf.toFile());
        }
        Document doc = StatementFormat.read(pdf);
        assertEquals("Joint Statement on Research", doc.title());
        assertEquals(List.of(2), doc.sections().stream().map(Section::number).toList());
        List<String> s = sentences(doc);
        assertEquals("The two leaders welcomed the long-term plan and its deployment across the region, and noted that the long-term plan "
                + "supports the Hiroshima AI Process.", s.get(0));
        assertEquals("The two sides decided to exchange researchers.", s.get(1));
        assertFalse(doc.text().contains("Page"), doc.text());
    }

    @Test
    void aPdfWithoutHeadingsTakesTheTitleItGivesItself() throws IOException {
        Path pdf = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, new String[][] {{"R11", "The two leaders welcomed the Hiroshima AI Process."}});
            doc.getDocumentInformation().setTitle("Leaders' Statement on AI");
            doc.save(pdf.toFile());
        }
        Document doc = StatementFormat.read(pdf);
        assertEquals("Leaders' Statement on AI", doc.title());
        assertEquals(List.of("The two leaders welcomed the Hiroshima AI Process."), sentences(doc));
    }

    /** One page; each line is {style+size, text}: B bold, R regular, F a footer line at the foot of the page. */
    private static void page(PDDocument doc, String[][] lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        float y = page.getMediaBox().getHeight() - 90;
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            for (String[] line : lines) {
                char style = line[0].charAt(0);
                float size = Float.parseFloat(line[0].substring(1));
                float at = style == 'F' ? 30 : (y -= size * 1.4f);
                s.beginText();
                s.setFont(new PDType1Font(style == 'B' ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA), size);
                s.newLineAtOffset(72, at);
                s.showText(line[1]);
                s.endText();
            }
        }
    }
}
