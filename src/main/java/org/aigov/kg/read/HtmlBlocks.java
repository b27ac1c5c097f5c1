package org.aigov.kg.read;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks cleaned HTML content in document order and writes its blocks: headings, paragraphs, list items, table rows. */
final class HtmlBlocks {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LEAVES = Set.of("p", "dt", "dd", "pre", "figcaption", "caption", "address", "summary");

    private final MarkdownText out;
    /** Until the page's h1, text is a kicker or breadcrumb above the title, not the statement. */
    private boolean beforeTitle;

    HtmlBlocks(MarkdownText out, boolean hasTitle) {
        this.out = out;
        this.beforeTitle = hasTitle;
    }

    /** Writes every block under {@code container}. */
    void add(Element container) {
        StringBuilder inline = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element e) {
                if (isBlock(e)) {
                    flush(inline);
                    block(e);
                } else {
                    inline.append(' ').append(e.text()).append(' ');
                }
            }
        }
        flush(inline);
    }

    private void block(Element e) {
        String tag = e.normalName();
        if (tag.equals("h1")) beforeTitle = false;
        if (beforeTitle && e.selectFirst("h1") == null) return;
        if (HEADINGS.contains(tag)) out.heading(tag.charAt(1) - '0', e.text());
        else if (LEAVES.contains(tag)) out.paragraph(e.text());
        else if (tag.equals("li")) item(e);
        else if (tag.equals("tr")) out.paragraph(row(e));
        else if (tag.equals("br") || tag.equals("hr")) return;
        else add(e);
    }

    /** A list item's own words, then its nested lists. */
    private void item(Element li) {
        Element own = li.clone();
        own.select("ul, ol").remove();
        out.item(own.text());
        for (Element nested : li.select("> ul, > ol")) add(nested);
    }

    /** A table row as one line: its cells joined by commas (a signatory's name, title and country). */
    private static String row(Element tr) {
        StringBuilder b = new StringBuilder();
        for (Element cell : tr.select("> th, > td")) {
            String t = cell.text().strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(t);
        }
        return b.toString();
    }

    private void flush(StringBuilder inline) {
        if (!beforeTitle && !inline.toString().isBlank()) out.paragraph(inline.toString());
        inline.setLength(0);
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || HEADINGS.contains(e.normalName()) || e.normalName().equals("tr") || e.normalName().equals("li");
    }
}
