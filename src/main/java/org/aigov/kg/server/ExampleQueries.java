package org.aigov.kg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the analysts' {@code .rq} files for the query page: name (file name), and from the
 * leading comment lines {@code # title:}, {@code # description:} and {@code # param:}.
 */
public final class ExampleQueries {
    private ExampleQueries() {}

    /** One named query as the page offers it. */
    public record Example(String name, String title, String description, List<String> params, String text) {}

    /** The queries in {@code dir}, sorted by name; none when the directory is missing. */
    public static List<Example> read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading queries in " + dir, e);
        }
        return out;
    }

    /** Parses the header comment; a continuation line (a comment without a key) extends the description. */
    public static Example parse(String name, String text) {
        String title = name;
        StringBuilder description = new StringBuilder();
        List<String> params = new ArrayList<>();
        String last = null;
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark must not hide the header
        for (String line : content.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (!t.startsWith("#")) break;
            String body = t.replaceFirst("^#+\\s?", "");
            String lower = body.toLowerCase(Locale.ROOT);
            if (lower.startsWith("title:")) { title = body.substring(6).strip(); last = "title"; }
            else if (lower.startsWith("description:")) { append(description, body.substring(12)); last = "description"; }
            else if (lower.startsWith("param:")) { params.add(body.substring(6).strip()); last = "param"; }
            else if ("description".equals(last)) append(description, body);
            else if ("param".equals(last) && !params.isEmpty() && !body.isBlank()) {
                params.set(params.size() - 1, params.get(params.size() - 1) + " " + body.strip());
            }
        }
        return new Example(name, title, description.toString(), List.copyOf(params), text);
    }

    private static void append(StringBuilder sb, String s) {
        if (s.isBlank()) return;
        if (sb.length() > 0) sb.append(' ');
        sb.append(s.strip());
    }
}
