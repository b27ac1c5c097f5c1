package org.aigov.kg.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.aigov.kg.BadInputException;
import org.aigov.kg.build.StatementFiles;
import org.aigov.kg.read.StatementFormat;

/**
 * Command-line paths sorted into statements (Markdown, text, HTML, PDF) for the loader and RDF files
 * read as they are; directories are walked, and what is neither inside one is skipped with a note.
 *
 * @param statements statement files, in a stable order
 * @param rdf        RDF files and dumps, in a stable order
 */
public record InputPaths(List<Path> statements, List<Path> rdf) {
    /** What the tool reads, for messages. */
    static final String KINDS = "statements (" + StatementFormat.patterns() + ") or RDF files (*.ttl, *.nt, *.nq, *.trig, *.jsonld, *.rdf, also .gz)";

    /** Sorts {@code paths}; a missing path or an explicit file of no known kind is bad input. */
    public static InputPaths expand(List<Path> paths, Consumer<String> notes) {
        List<Path> statements = new ArrayList<>();
        List<Path> rdf = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new BadInputException(p, "no such file or directory");
            if (Files.isDirectory(p)) {
                int before = statements.size() + rdf.size();
                for (Path f : StatementFiles.filesUnder(p)) {
                    if (!sort(f, statements, rdf)) notes.accept("note: skipped " + f + " (neither a statement nor an RDF file)");
                }
                if (statements.size() + rdf.size() == before) throw new BadInputException(p, "no statements or RDF files here: expected " + KINDS);
            } else if (!sort(p, statements, rdf)) {
                throw new BadInputException(p, "unknown kind of file: expected " + KINDS);
            }
        }
        return new InputPaths(statements.stream().distinct().toList(), rdf.stream().distinct().toList());
    }

    private static boolean sort(Path file, List<Path> statements, List<Path> rdf) {
        if (StatementFormat.of(file).isPresent()) return statements.add(file);
        if (RdfFiles.isRdf(file)) return rdf.add(file);
        return false;
    }

    /** Every path read, statements first. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(statements);
        all.addAll(rdf);
        return all;
    }
}
