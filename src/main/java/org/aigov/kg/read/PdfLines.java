package org.aigov.kg.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects a PDF's text as positioned lines, page by page, in the order PDFBox reads them. */
final class PdfLines extends PDFTextStripper {
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder words = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private int page;
    private float pageHeight;

    private PdfLines() {
        setSortByPosition(false); // content order is the reading order of columns; lines are still assembled by position
        setSuppressDuplicateOverlappingText(true);
    }

    /** Every line of every page. */
    static List<PdfLine> of(PDDocument pdf) throws IOException {
        PdfLines collector = new PdfLines();
        collector.writeText(pdf, new StringWriter());
        return collector.lines;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page++;
        pageHeight = p.getMediaBox().getHeight();
        super.startPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        words.append(text);
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        words.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() throws IOException {
        endLine();
        super.writePageEnd();
    }

    private void endLine() {
        String text = words.toString().strip();
        if (!text.isEmpty() && !glyphs.isEmpty()) {
            float baseline = 0, left = Float.MAX_VALUE, right = 0, size = 0;
            int bold = 0;
            for (TextPosition g : glyphs) {
                baseline = Math.max(baseline, g.getYDirAdj());
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                size = Math.max(size, g.getFontSizeInPt());
                if (isBold(g.getFont())) bold++;
            }
            lines.add(new PdfLine(text, page, baseline, left, right, Math.round(size * 2) / 2f, bold * 2 > glyphs.size(), pageHeight));
        }
        words.setLength(0);
        glyphs.clear();
    }

    private static boolean isBold(PDFont font) {
        if (font == null) return false;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) return true;
        var d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
