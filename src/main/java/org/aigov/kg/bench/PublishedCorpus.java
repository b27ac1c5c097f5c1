package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown corpus as it would be published: each statement as a web page with site navigation,
 * related links and a footer, and as a browser's PDF print of that page.
 */
public final class PublishedCorpus {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private PublishedCorpus() {}

    /** Writes {@code NAME.html} for every {@code NAME.md} of {@code markdownDir} into {@code htmlDir}. */
    public static void pages(List<Path> markdown, Path htmlDir) throws IOException {
        Files.createDirectories(htmlDir);
        for (Path md : markdown) {
            String body = HTML.render(MARKDOWN.parse(Files.readString(md, StandardCharsets.UTF_8)));
            Files.writeString(htmlDir.resolve(stem(md) + ".html"), page(stem(md), body), StandardCharsets.UTF_8);
        }
    }

    /** Prints every page of {@code html} to {@code NAME.pdf} in {@code pdfDir}. */
    public static void prints(List<Path> html, Path pdfDir) throws IOException {
        Files.createDirectories(pdfDir);
        for (Path page : html) {
            BrowserPrint.print(page, pdfDir.resolve(stem(page) + ".pdf"), "29/08/2026, 18:45", "https://www.example.gov/statements/" + stem(page) + ".html");
        }
    }

    private static String page(String name, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + name + " | Ministry</title>"
                + "<meta name=\"dcterms.date\" content=\"2026-08-29\"></head>\n<body>\n"
                + "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/press\">Press Releases</a></li></ul></nav></header>\n"
                + "<main><article>\n" + body + "</article></main>\n"
                + "<aside class=\"related-links\"><h2>Related documents</h2><ul><li><a href=\"/d/1\">Another joint statement</a></li></ul></aside>\n"
                + "<footer><p>© 2026 Ministry. Terms of use.</p></footer>\n</body>\n</html>\n";
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
