package org.aigov.kg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Loads Turtle files into one graph; a syntax error becomes a BadInputException naming file and line. */
public final class RdfFiles {
    private RdfFiles() {}

    /** The .ttl files of a directory in name order, or the file itself. */
    public static List<Path> turtleFiles(Path dirOrFile) {
        if (!Files.exists(dirOrFile)) throw new BadInputException(dirOrFile, "no such file or directory");
        if (!Files.isDirectory(dirOrFile)) return List.of(dirOrFile);
        try (Stream<Path> s = Files.list(dirOrFile)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dirOrFile, "cannot list: " + e.getMessage());
        }
    }

    public static Graph load(Path dirOrFile) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : turtleFiles(dirOrFile)) parseInto(f, g);
        return g;
    }

    public static void parseInto(Path file, Graph into) {
        if (!Files.isReadable(file)) throw new BadInputException(file, "file is not readable");
        try {
            RDFParser.source(file).errorHandler(new Strict(file)).parse(into);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new BadInputException(file, "not valid RDF: " + e.getMessage());
        }
    }

    /** Turns the first parse error or warning-worthy error into a located BadInputException. */
    private record Strict(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {}
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

        private void fail(String message, long line, long col) {
            throw new BadInputException(file, line, "not valid RDF" + (col > 0 ? " (column " + col + ")" : "") + ": " + message);
        }
    }
}
