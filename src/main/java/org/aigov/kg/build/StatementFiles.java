package org.aigov.kg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;

/** Expands build inputs (files or directories) into the Markdown statements to load, in a stable order. */
public final class StatementFiles {
    private StatementFiles() {}

    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new BadInputException(in, "no such file or directory");
            if (Files.isDirectory(in)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(in)) {
                    found = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md")).sorted().toList();
                } catch (IOException e) {
                    throw new BadInputException(in, "cannot list: " + e.getMessage());
                }
                if (found.isEmpty()) throw new BadInputException(in, "no statements here: expected Markdown files (*.md)");
                out.addAll(found);
            } else {
                out.add(in);
            }
        }
        return out.stream().distinct().toList();
    }
}
