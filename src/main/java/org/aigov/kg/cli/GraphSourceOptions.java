package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.aigov.kg.BadInputException;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.source.GraphSource;
import org.aigov.kg.vocab.Iris;
import picocli.CommandLine.Option;


/**
 * Options shared by every command that reads a graph: base IRI, ontology and gazetteer directories, threads;
 * the paths come with {@link GraphPaths} (or, for {@code query}, after the query's name).
 */
public final class GraphSourceOptions {
    /** Where statements are read from when no PATH is given. */
    public static final Path DEFAULT_STATEMENTS = Path.of("data", "statements");

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base under which resource IRIs are minted (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology directory (default: the ontology bundled in the jar).")
    Path ontology;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "Gazetteer directory (default: the gazetteer bundled in the jar).")
    Path gazetteer;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that interpret statements; the graph is the same for any N (default: one per core).")
    Integer threads;

    /** The loader's options, progress going to {@code progress}; bad values are bad input. */
    public BuildOptions options(Consumer<String> progress) {
        if (threads != null && threads < 1) throw new BadInputException("--threads", "must be at least 1, not " + threads);
        if (!base.matches("https?://\\S+/")) {
            throw new BadInputException("--base", "'" + base + "' is not an http(s) IRI ending in '/'");
        }
        BuildOptions options = BuildOptions.defaults().withBase(base).withProgress(progress);
        if (ontology != null) options = options.withOntology(ontology);
        if (gazetteer != null) options = options.withGazetteer(gazetteer);
        return threads == null ? options : options.withThreads(threads);
    }

    /** The graph of {@code paths} (data/statements when none), with notes and warnings going to {@code progress}. */
    public GraphSource graph(List<Path> paths, Consumer<String> progress) { return GraphSource.of(orDefault(paths), options(progress)); }

    /** The paths given, or data/statements. */
    public static List<Path> orDefault(List<Path> paths) { return paths.isEmpty() ? List.of(DEFAULT_STATEMENTS) : List.copyOf(paths); }

    /** The base IRI as given. */
    public String base() { return base; }
}
