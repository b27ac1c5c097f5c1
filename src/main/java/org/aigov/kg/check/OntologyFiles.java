package org.aigov.kg.check;

import org.aigov.kg.source.RdfFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Loads the ontology directory (aigov.ttl and the SKOS schemes) into one graph.
 *
 * <pre>Graph ontology = OntologyFiles.load(Path.of("ontology"));</pre>
 */
public final class OntologyFiles {
    /** The SHACL shapes live in ontology/ but are a check, not knowledge: never loaded as ontology. */
    public static final String SHAPES_FILE = "shapes.ttl";
    /** The ontology the tool carries in its jar (ontology/ of the source tree). */
    public static final Path DEFAULT_DIR = org.aigov.kg.bundle.Bundled.ontology();

    private OntologyFiles() {}

    /** The ontology's Turtle files in name order, shapes.ttl left out. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) throw new BadInputException(dir, "no such ontology directory");
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().equals(SHAPES_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every ontology file of {@code dir} in one new graph; a parse error names file and line. */
    public static Graph load(Path dir) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<Path> files = files(dir);
        if (files.isEmpty()) throw new BadInputException(dir, "no .ttl ontology files in this directory");
        for (Path file : files) RdfFiles.readInto(file, graph);
        return graph;
    }
}
