package org.aigov.kg.publish;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The statement's Markdown source as HTML blocks — headings, paragraphs, lists, quotes — whose
 * text is written from the source characters themselves (through {@link TextOverlay}), so the
 * NIF offsets of clauses and mentions land on the words they name. YAML front matter is not shown.
 */
final class MarkdownView extends AbstractVisitor {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final TextOverlay overlay;
    private final int offset;
    private final StringBuilder out;

    private MarkdownView(TextOverlay overlay, int offset, StringBuilder out) {
        this.overlay = overlay;
        this.offset = offset;
        this.out = out;
    }

    /** Writes the whole text, as blocks, into out. */
    static void render(String text, TextOverlay overlay, StringBuilder out) {
        int start = bodyStart(text);
        PARSER.parse(text.substring(start)).accept(new MarkdownView(overlay, start, out));
    }

    /** Where the Markdown begins: after a leading {@code ---} … {@code ---} front matter block, if any. */
    static int bodyStart(String text) {
        int skip = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", skip)) return skip;
        int firstEnd = text.indexOf('\n', skip);
        if (firstEnd < 0 || !text.substring(skip, firstEnd).strip().equals("---")) return skip;
        int at = firstEnd + 1;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end).strip();
            if (line.equals("---") || line.equals("...")) return end < 0 ? text.length() : end + 1;
            if (end < 0) break;
            at = end + 1;
        }
        return skip;
    }

    private void wrap(String open, String close, Node n) {
        out.append(open);
        visitChildren(n);
        out.append(close).append('\n');
    }

    @Override public void visit(Heading h) { int level = Math.min(h.getLevel() + 1, 6); wrap("<h" + level + " class=\"doc-h\">", "</h" + level + ">", h); }
    @Override public void visit(Paragraph p) {
        if (p.getParent() instanceof ListItem && ((ListItem) p.getParent()).getFirstChild() == p && p.getNext() == null) visitChildren(p);
        else wrap("<p>", "</p>", p);
    }
    @Override public void visit(BulletList l) { wrap("<ul>", "</ul>", l); }
    @Override public void visit(OrderedList l) {
        Integer start = l.getMarkerStartNumber();
        wrap(start == null || start == 1 ? "<ol>" : "<ol start=\"" + start + "\">", "</ol>", l);
    }
    @Override public void visit(ListItem li) { wrap("<li>", "</li>", li); }
    @Override public void visit(BlockQuote q) { wrap("<blockquote>", "</blockquote>", q); }
    @Override public void visit(ThematicBreak t) { out.append("<hr>\n"); }
    @Override public void visit(Emphasis e) { out.append("<em>"); visitChildren(e); out.append("</em>"); }
    @Override public void visit(StrongEmphasis e) { out.append("<strong>"); visitChildren(e); out.append("</strong>"); }
    @Override public void visit(Link l) { out.append("<span class=\"doc-link\" title=\"").append(Html.esc(l.getDestination())).append("\">"); visitChildren(l); out.append("</span>"); }
    @Override public void visit(Image i) { visitChildren(i); }
    @Override public void visit(SoftLineBreak b) { out.append('\n'); }
    @Override public void visit(HardLineBreak b) { out.append("<br>\n"); }
    @Override public void visit(Text t) { source(t); }
    @Override public void visit(Code c) { out.append("<code>"); source(c); out.append("</code>"); }
    @Override public void visit(FencedCodeBlock c) { out.append("<pre>").append(Html.esc(c.getLiteral())).append("</pre>\n"); }
    @Override public void visit(IndentedCodeBlock c) { out.append("<pre>").append(Html.esc(c.getLiteral())).append("</pre>\n"); }
    @Override public void visit(HtmlBlock h) { out.append("<pre>").append(Html.esc(h.getLiteral())).append("</pre>\n"); }
    @Override public void visit(HtmlInline h) { out.append(Html.esc(h.getLiteral())); }

    /** The node's own source characters, with the spans laid over them. */
    private void source(Node n) {
        for (SourceSpan s : n.getSourceSpans()) {
            overlay.write(offset + s.getInputIndex(), offset + s.getInputIndex() + s.getLength(), out);
        }
    }
}
