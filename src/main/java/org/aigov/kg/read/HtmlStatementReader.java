package org.aigov.kg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.aigov.kg.BadInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page (.html, .htm) as a statement: the page's main content as headings,
 * paragraphs, list items and table rows, without site chrome; its title, date and language
 * stand for front matter.
 *
 * <pre>Document doc = HtmlStatementReader.read(Path.of("japan-india-ai-2026.html"));</pre>
 */
public final class HtmlStatementReader {
    private HtmlStatementReader() {}

    public static Document read(Path file) {
        byte[] bytes = SourceText.readBytes(file);
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read as HTML: " + e.getMessage());
        }
        Element content = HtmlMainContent.of(page);
        MarkdownText text = new MarkdownText();
        boolean titled = content.selectFirst("h1") != null;
        new HtmlBlocks(text, titled).add(content);
        if (text.blocks() == 0) {
            throw new BadInputException(file, "no text in this HTML page (nothing in its main content but navigation, scripts or markup)");
        }
        return StatementReader.read(file, text.toString(), HtmlMetadata.of(page, titled));
    }
}
