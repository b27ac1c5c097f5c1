package org.aigov.kg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a PDF's text lines into blocks: headings where the layout shows them (a larger size or bold
 * standing alone), paragraphs re-joined across line and page breaks, and list items.
 */
final class PdfBlocks {
    private static final Pattern BULLET = Pattern.compile("^[•◦▪●■–-]\\s+");
    private static final String CLOSERS = ".!?:;";

    private final List<PdfLine> lines;
    private final PdfLineJoin joiner;
    private final float bodySize;
    private final boolean bodyBold;
    private final float spacing;
    private final float rightEdge;

    PdfBlocks(List<PdfLine> lines) {
        this.lines = lines;
        this.joiner = new PdfLineJoin(lines);
        this.bodySize = mostCommon(lines, PdfLine::size);
        this.bodyBold = mostCommon(lines, l -> l.bold() ? 1f : 0f) > 0;
        this.spacing = lineSpacing(lines, bodySize);
        this.rightEdge = (float) lines.stream().filter(l -> l.size() == bodySize).mapToDouble(PdfLine::right).max().orElse(0);
    }

    /** Writes the blocks into {@code out}. */
    void writeTo(MarkdownText out) {
        StringBuilder paragraph = new StringBuilder();
        boolean item = false;
        boolean titled = false;
        PdfLine prev = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (isHeading(line)) {
                write(out, paragraph, item);
                item = false;
                StringBuilder heading = new StringBuilder(line.text());
                while (i + 1 < lines.size() && continuesHeading(line, lines.get(i + 1))) heading.append(' ').append(lines.get(++i).text());
                out.heading(titled ? 2 : 1, heading.toString());
                titled = true;
                prev = null;
                continue;
            }
            String text = line.text();
            boolean bullet = BULLET.matcher(text).find();
            if (bullet || prev == null || startsParagraph(prev, line, paragraph)) {
                write(out, paragraph, item);
                item = bullet;
                if (bullet) text = BULLET.matcher(text).replaceFirst("");
            }
            paragraph.replace(0, paragraph.length(), joiner.join(paragraph.toString(), text));
            prev = line;
        }
        write(out, paragraph, item);
    }

    private boolean isHeading(PdfLine l) {
        if (l.size() >= bodySize * 1.15f) return true;
        String t = l.text().strip();
        return l.bold() && !bodyBold && t.length() <= 160 && CLOSERS.indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private boolean continuesHeading(PdfLine heading, PdfLine next) {
        return next.page() == heading.page() && next.size() == heading.size() && next.bold() == heading.bold()
                && next.baseline() - heading.baseline() <= heading.size() * 1.6f && isHeading(next);
    }

    /** A new paragraph: after a wider gap, after a short line that closed a sentence, or across a page after a closed sentence. */
    private boolean startsParagraph(PdfLine prev, PdfLine line, CharSequence paragraph) {
        String sofar = paragraph.toString().strip();
        boolean closed = !sofar.isEmpty() && CLOSERS.indexOf(sofar.charAt(sofar.length() - 1)) >= 0;
        if (line.page() != prev.page()) return closed;
        float gap = line.baseline() - prev.baseline();
        if (gap > spacing * 1.35f || gap < 0) return true;
        return closed && prev.right() < rightEdge - (rightEdge - prev.left()) * 0.15f;
    }

    private static void write(MarkdownText out, StringBuilder paragraph, boolean item) {
        if (item) out.item(paragraph.toString());
        else out.paragraph(paragraph.toString());
        paragraph.setLength(0);
    }

    /** The value covering the most characters. */
    private static float mostCommon(List<PdfLine> lines, java.util.function.Function<PdfLine, Float> value) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfLine l : lines) chars.merge(value.apply(l), l.text().length(), Integer::sum);
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** The usual distance between the baselines of consecutive body lines on a page. */
    private static float lineSpacing(List<PdfLine> lines, float bodySize) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1), b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && a.size() == bodySize && b.size() == bodySize && gap > 0) gaps.add(gap);
        }
        if (gaps.isEmpty()) return bodySize * 1.2f;
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }
}
