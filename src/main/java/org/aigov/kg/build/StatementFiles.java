package org.aigov.kg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;
import org.aigov.kg.read.StatementFormat;

/** Expands build inputs (files or directories) into the statements to load, in a stable order. */
public final class StatementFiles {
    private StatementFiles() {}

    public static List<Path> expand(List<Path> inputs) {
        return expand(inputs, note -> { });
    }

    /** Statement files of the inputs; files of other kinds inside a directory are skipped with a note. */
    public static List<Path> expand(List<Path> inputs, Consumer<String> notes) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new BadInputException(in, "no such file or directory");
            if (Files.isDirectory(in)) {
                List<Path> found = new ArrayList<>();
                for (Path f : filesUnder(in)) {
                    if (StatementFormat.of(f).isPresent()) found.add(f);
                    else notes.accept("note: skipped " + f + " (not a statement)");
                }
                if (found.isEmpty()) throw new BadInputException(in, "no statements here: expected " + StatementFormat.patterns());
                out.addAll(found);
            } else if (StatementFormat.of(in).isPresent()) {
                out.add(in);
            } else {
                throw new BadInputException(in, "unknown kind of file: a statement is " + StatementFormat.patterns());
            }
        }
        return out.stream().distinct().toList();
    }

    /** Every regular file under {@code dir} (hidden ones left out), sorted by path. */
    public static List<Path> filesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage());
        }
    }
}
