package org.aigov.kg.read;

/**
 * Builds the Markdown-like text that readers of other formats extract (headings, paragraphs, list items,
 * one block each, blank lines between), which {@link StatementReader} then reads like a Markdown statement.
 */
final class MarkdownText {
    private final StringBuilder text = new StringBuilder();
    private int blocks;
    private int headings;

    /** A heading; level 1 is the title, deeper levels are sections. */
    MarkdownText heading(int level, String words) {
        if (!collapse(words).isEmpty()) headings++;
        return block("#".repeat(Math.max(1, Math.min(6, level))) + " ", words);
    }

    /** A paragraph of running text. */
    MarkdownText paragraph(String words) { return block("", words); }

    /** An item of a bulleted list. */
    MarkdownText item(String words) { return block("- ", words); }

    /** Number of blocks written so far. */
    int blocks() { return blocks; }

    /** Number of headings written so far. */
    int headings() { return headings; }

    private MarkdownText block(String marker, String words) {
        String clean = collapse(words);
        if (clean.isEmpty()) return this;
        if (text.length() > 0) text.append("\n\n");
        text.append(marker).append(clean);
        blocks++;
        return this;
    }

    /** Runs of white space (no-break spaces and line breaks included) as one space, trimmed. */
    static String collapse(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() { return text.length() == 0 ? "" : text + "\n"; }
}
