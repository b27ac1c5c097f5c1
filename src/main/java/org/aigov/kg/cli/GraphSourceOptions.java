package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.vocab.Iris;
import picocli.CommandLine.Option;

/** Options shared by every command that builds the graph: base IRI, ontology and gazetteer directories, threads. */
public final class GraphSourceOptions {
    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base under which resource IRIs are minted (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology", description = "Ontology directory (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--gazetteer", paramLabel = "DIR", defaultValue = "data/gazetteer", description = "Gazetteer directory (default: ${DEFAULT-VALUE}).")
    Path gazetteer;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that interpret statements; the graph is the same for any N (default: one per core).")
    Integer threads;

    public BuildOptions options(Consumer<String> progress) {
        if (threads != null && threads < 1) throw new org.aigov.kg.BadInputException("--threads", "must be at least 1, not " + threads);
        if (!base.matches("https?://\\S+/")) {
            throw new org.aigov.kg.BadInputException("--base", "'" + base + "' is not an http(s) IRI ending in '/'");
        }
        BuildOptions options = BuildOptions.defaults().withBase(base).withOntology(ontology).withGazetteer(gazetteer).withProgress(progress);
        return threads == null ? options : options.withThreads(threads);
    }
}
