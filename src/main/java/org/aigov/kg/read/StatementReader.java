package org.aigov.kg.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.BadInputException;
import org.aigov.kg.vocab.Iris;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown statement into a {@link Document}: title, numbered sections, sentences with exact offsets.
 *
 * <pre>Document doc = StatementReader.read(Path.of("data/statements/japan-india-ai-2026.md"));</pre>
 */
public final class StatementReader {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3}|[IVXLC]{1,6}|[A-H])[.):]?\\s+(\\S.*)$");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private StatementReader() {}

    public static Document read(Path file) {
        return read(file, SourceText.read(file), FrontMatter.NONE);
    }

    /**
     * Reads {@code text} as the statement of {@code file}: what another reader extracted (an HTML page, a PDF);
     * {@code given} stands for the front matter when the text has none.
     */
    public static Document read(Path file, String text, FrontMatter given) {
        FrontMatterParser.Result front = FrontMatterParser.parse(file, text);
        if (front.bodyStart() == 0) front = new FrontMatterParser.Result(given, 0, List.of());
        int bodyStart = front.bodyStart();
        Node root = PARSER.parse(text.substring(bodyStart));

        List<Block> blocks = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override public void visit(Heading heading) { blocks.add(Block.of(heading, true, plain(heading), bodyStart, false)); }
            @Override public void visit(Paragraph p) {
                Block b = Block.of(p, isBoldLine(p), plain(p), bodyStart, p.getParent() instanceof ListItem);
                if (b != null) blocks.add(b);
            }
        });

        String title = front.meta().title();
        Span titleSpan = null;
        List<Section> sections = new ArrayList<>();
        List<Span> paragraphs = new ArrayList<>();
        List<Integer> paragraphAreas = new ArrayList<>();
        int area = 0;
        for (Block b : blocks) {
            if (b == null) continue;
            if (b.heading()) {
                if (title == null && titleSpan == null) {
                    title = b.plain().strip();
                    titleSpan = b.span();
                    continue;
                }
                if (titleSpan == null && b.plain().strip().equals(title)) { titleSpan = b.span(); continue; }
                Matcher m = NUMBERED.matcher(b.plain().strip());
                if (!m.matches()) { area = 0; continue; } // only numbered (or lettered) headings are priority areas
                int number = number(m.group(1));
                sections.add(new Section(number, m.group(2).strip(), b.span()));
                area = number;
                continue;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && !b.listItem() && continues(text, paragraphs.get(last), b.span()) && paragraphAreas.get(last) == area) {
                paragraphs.set(last, new Span(paragraphs.get(last).begin(), b.span().end())); // a page break split it
            } else {
                paragraphs.add(b.span());
                paragraphAreas.add(area);
            }
        }
        if (title == null || title.isBlank()) {
            throw new BadInputException(file, "no title: start the statement with a '# Title' heading or give 'title:' in front matter");
        }

        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Span s : SentenceSplitter.split(text, paragraphs.get(i))) {
                sentences.add(new Sentence(sentences.size() + 1, s, s.of(text), paragraphAreas.get(i)));
            }
        }
        if (sentences.isEmpty()) throw new BadInputException(file, "no sentences: the statement has a title but no text");
        String slug = front.meta().id() != null ? Iris.slug(front.meta().id()) : Iris.slug(stem(file));
        return new Document(file, slug, text, front.meta(), title, titleSpan, List.copyOf(sections),
                List.copyOf(sentences), front.warnings());
    }

    /** A paragraph whose text stops mid-sentence and whose successor starts in lower case is one paragraph. */
    private static boolean continues(String text, Span previous, Span next) {
        String prev = previous.of(text).stripTrailing();
        if (prev.isEmpty()) return false;
        char lastChar = prev.charAt(prev.length() - 1);
        if (".!?:;\"”’)]*".indexOf(lastChar) >= 0) return false;
        String nxt = next.of(text).stripLeading();
        return !nxt.isEmpty() && Character.isLowerCase(nxt.charAt(0));
    }

    private static boolean isBoldLine(Paragraph p) {
        Node only = p.getFirstChild();
        return only instanceof StrongEmphasis && only.getNext() == null && plain(p).length() < 160 && !plain(p).strip().endsWith(".");
    }

    private static int number(String token) {
        if (Character.isDigit(token.charAt(0))) return Integer.parseInt(token);
        if (token.length() == 1 && token.charAt(0) <= 'H') return token.charAt(0) - 'A' + 1; // lettered sections: "C." is the third
        int total = 0, prev = 0;
        for (int i = token.length() - 1; i >= 0; i--) {
            int v = switch (token.charAt(i)) { case 'I' -> 1; case 'V' -> 5; case 'X' -> 10; case 'L' -> 50; default -> 100; };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text t) { sb.append(t.getLiteral()); }
            @Override public void visit(Code c) { sb.append(c.getLiteral()); }
            @Override public void visit(org.commonmark.node.SoftLineBreak b) { sb.append(' '); }
            @Override public void visit(org.commonmark.node.HardLineBreak b) { sb.append(' '); }
        });
        return sb.toString();
    }

    /** A heading or paragraph with its exact span in the whole file; list items are never joined to what precedes them. */
    private record Block(boolean heading, Span span, String plain, boolean listItem) {
        static Block of(Node node, boolean heading, String plain, int offset, boolean listItem) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) return null;
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int begin = offset + first.getInputIndex();
            int end = offset + last.getInputIndex() + last.getLength();
            return new Block(heading, new Span(begin, end), plain, listItem);
        }
    }
}
