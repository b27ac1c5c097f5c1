package org.aigov.kg.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a printer puts on every page rather than the statement's text: running headers and
 * footers, page numbers, and a browser's print stamps (the page address, the date and time of printing).
 */
final class PdfPageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^[-–(\\[]?\\s*(page\\s+)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?\\s*[-–)\\]]?$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|file:/|www\\.)\\S+");
    private static final Pattern STAMP = Pattern.compile("^\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}");

    private PdfPageFurniture() {}

    /** The lines that are the statement's text, in order. */
    static List<PdfLine> drop(List<PdfLine> lines) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine l : lines) if (l.inMarginBand()) pagesOf.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.page());
        return lines.stream().filter(l -> !isFurniture(l, pagesOf)).toList();
    }

    private static boolean isFurniture(PdfLine line, Map<String, Set<Integer>> pagesOf) {
        if (!line.inMarginBand()) return false;
        String t = line.text().strip();
        return PAGE_NUMBER.matcher(t).matches() || ADDRESS.matcher(t).find() || STAMP.matcher(t).find()
                || pagesOf.getOrDefault(shape(t), Set.of()).size() >= 2;
    }

    /** The line with its digits blanked, so "3/7" and "4/7" are the same running footer. */
    private static String shape(String text) {
        return text.strip().replaceAll("\\d+", "#");
    }
}
