package org.aigov.kg.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A statement as read: its exact text, front matter, title, sections and sentences.
 * Every offset indexes {@link #text()}, the file decoded as UTF-8 (a leading BOM removed).
 */
public record Document(Path file, String slug, String text, FrontMatter meta, String title, Span titleSpan,
                       List<Section> sections, List<Sentence> sentences, List<String> warnings) {

    /** The section with the given number, or null. */
    public Section section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst().orElse(null);
    }
}
