package org.aigov.kg.read;

/**
 * One line of text on a PDF page as laid out: its words, page, baseline (points from the top), left and
 * right edges, font size and whether it is set in bold.
 */
record PdfLine(String text, int page, float baseline, float left, float right, float size, boolean bold, float pageHeight) {

    /** True when the line sits in the top or bottom margin band where running headers and footers live. */
    boolean inMarginBand() {
        return baseline < pageHeight * 0.08f || baseline > pageHeight * 0.92f;
    }
}
