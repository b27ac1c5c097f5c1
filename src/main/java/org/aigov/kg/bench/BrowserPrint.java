package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Prints a saved web page to PDF the way a browser does — the article laid out in pages (headings larger
 * and bold, lines broken at spaces and after hyphens), a header with the date and the page title and a
 * footer with the page's address and "n/N" on every page: fixtures and benchmark corpora of PDF statements.
 */
public final class BrowserPrint {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56, TOP = 60, BOTTOM = 60;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One laid-out line: page index, baseline from the top, font, size and words. */
    private record Placed(int page, float y, PDType1Font font, float size, float x, String text) {}

    private final List<Placed> placed = new ArrayList<>();
    private int page;
    private float y = TOP;

    private BrowserPrint() {}

    /** Prints {@code html} to {@code pdf} with the given print stamp (as a browser would show "29/08/2026, 18:45"). */
    public static void print(Path html, Path pdf, String stamp, String address) throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html.toFile());
        BrowserPrint p = new BrowserPrint();
        for (Element e : page.select("article h1, article h2, article h3, article > p, article li")) {
            switch (e.normalName()) {
                case "h1" -> p.block(e.text(), BOLD, 18, 14);
                case "h2", "h3" -> p.block(e.text(), BOLD, 13, 12);
                case "li" -> p.block("• " + e.text(), REGULAR, 11, 6);
                default -> p.block(e.text(), REGULAR, 11, 8);
            }
        }
        p.write(pdf, stamp, page.title(), address);
    }

    private void block(String text, PDType1Font font, float size, float gapAfter) throws IOException {
        float leading = size * 1.3f;
        for (String line : wrap(text, font, size, PAGE.getWidth() - 2 * MARGIN)) {
            if (y + leading > PAGE.getHeight() - BOTTOM) {
                page++;
                y = TOP;
            }
            y += leading;
            placed.add(new Placed(page, y, font, size, MARGIN, line));
        }
        y += gapAfter;
    }

    /** Greedy line breaking at spaces and after hyphens, as browsers break. */
    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String word : text.split(" ")) {
            String[] parts = word.split("(?<=\\p{L}-)(?=\\p{L})");
            for (int i = 0; i < parts.length; i++) pieces.add(parts[i] + (i == parts.length - 1 ? " " : ""));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            String candidate = line + piece;
            if (line.length() > 0 && font.getStringWidth(candidate.strip()) / 1000 * size > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (!line.toString().isBlank()) lines.add(line.toString().strip());
        return lines;
    }

    private void write(Path pdf, String stamp, String title, String address) throws IOException {
        int pages = page + 1;
        try (PDDocument doc = new PDDocument()) {
            List<PDPageContentStream> streams = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(PAGE);
                doc.addPage(p);
                PDPageContentStream s = new PDPageContentStream(doc, p);
                streams.add(s);
                text(s, REGULAR, 8, MARGIN, 24, stamp);
                text(s, REGULAR, 8, PAGE.getWidth() / 2 - 40, 24, title.length() > 80 ? title.substring(0, 80) + "…" : title);
            }
            for (Placed l : placed) text(streams.get(l.page()), l.font(), l.size(), l.x(), l.y(), l.text());
            for (int i = 0; i < pages; i++) {
                PDPageContentStream s = streams.get(i);
                text(s, REGULAR, 8, MARGIN, PAGE.getHeight() - 24, address);
                text(s, REGULAR, 8, PAGE.getWidth() - MARGIN - 20, PAGE.getHeight() - 24, (i + 1) + "/" + pages);
                s.close();
            }
            Files.createDirectories(pdf.toAbsolutePath().getParent());
            doc.save(pdf.toFile());
        }
    }

    /** Draws one line with its baseline {@code fromTop} points below the top edge. */
    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float fromTop, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, PAGE.getHeight() - fromTop);
        s.showText(text.replace("…", "..."));
        s.endText();
    }
}
