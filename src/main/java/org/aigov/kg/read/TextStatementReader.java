package org.aigov.kg.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text statement (.txt): the first line is the title, blank lines separate paragraphs
 * (hard-wrapped lines are joined), a short line standing alone without closing punctuation is a heading,
 * lines opening with a bullet are list items.
 */
public final class TextStatementReader {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•◦▪*\\-–]\\s+");

    private TextStatementReader() {}

    public static Document read(Path file) {
        String raw = SourceText.read(file).replace("\r\n", "\n").replace('\r', '\n');
        MarkdownText text = new MarkdownText();
        for (List<String> block : blocks(raw)) {
            if (text.blocks() == 0) {
                text.heading(1, String.join(" ", block));
            } else if (block.size() == 1 && isHeading(block.get(0))) {
                text.heading(2, block.get(0));
            } else {
                addLines(text, block);
            }
        }
        return StatementReader.read(file, text.toString(), FrontMatter.NONE);
    }

    /** A block's lines as paragraphs and list items: a bulleted line starts an item, other lines continue. */
    private static void addLines(MarkdownText text, List<String> lines) {
        StringBuilder current = new StringBuilder();
        boolean item = false;
        for (String line : lines) {
            if (BULLET.matcher(line).find()) {
                write(text, current, item);
                item = true;
                current.append(BULLET.matcher(line).replaceFirst(""));
            } else {
                current.append(' ').append(line);
            }
        }
        write(text, current, item);
    }

    private static void write(MarkdownText text, StringBuilder words, boolean item) {
        if (item) text.item(words.toString());
        else text.paragraph(words.toString());
        words.setLength(0);
    }

    static boolean isHeading(String line) {
        String s = line.strip();
        return s.length() <= 120 && !s.isEmpty() && ".!?,;:\"”’)".indexOf(s.charAt(s.length() - 1)) < 0 && !BULLET.matcher(line).find();
    }

    /** Runs of non-blank lines. */
    private static List<List<String>> blocks(String raw) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : raw.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }
}
