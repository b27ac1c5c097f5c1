package org.aigov.kg.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of file a statement may come in, by extension, each with its media type and reader.
 *
 * <pre>Document doc = StatementFormat.read(Path.of("statement.pdf"));</pre>
 */
public enum StatementFormat {
    MARKDOWN("text/markdown", StatementReader::read, ".md", ".markdown"),
    TEXT("text/plain", TextStatementReader::read, ".txt"),
    HTML("text/html", HtmlStatementReader::read, ".html", ".htm"),
    PDF("application/pdf", PdfStatementReader::read, ".pdf");

    private final String mediaType;
    private final Function<Path, Document> reader;
    private final List<String> extensions;

    StatementFormat(String mediaType, Function<Path, Document> reader, String... extensions) {
        this.mediaType = mediaType;
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    public String mediaType() { return mediaType; }

    public List<String> extensions() { return extensions; }

    /** The format of a file by its name, if it is one a statement may come in. */
    public static Optional<StatementFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(name::endsWith)).findFirst();
    }

    /** Reads a statement in whichever format its name says; a name no reader knows is read as Markdown. */
    public static Document read(Path file) {
        return of(file).orElse(MARKDOWN).reader.apply(file);
    }

    /** "*.md, *.markdown, *.txt, …" for messages. */
    public static String patterns() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "*" + e).toList());
    }
}
