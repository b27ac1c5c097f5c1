package org.aigov.kg.build;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.vocab.Iris;

/**
 * Where the ontology and gazetteer live, which base IRIs are minted under, where progress goes,
 * and on how many threads statements are interpreted (the output does not depend on it).
 */
public record BuildOptions(Iris iris, Path ontologyDir, Path gazetteerDir, Consumer<String> progress, int threads) {

    /** The gazetteer the tool carries in its jar (data/gazetteer/ of the source tree). */
    public static final Path DEFAULT_GAZETTEER = org.aigov.kg.bundle.Bundled.gazetteer();

    /** The bundled ontology and gazetteer and the standard base; progress discarded. */
    public static BuildOptions defaults() {
        return new BuildOptions(Iris.standard(), OntologyFiles.DEFAULT_DIR, DEFAULT_GAZETTEER, msg -> { }, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withBase(String base) { return new BuildOptions(new Iris(base), ontologyDir, gazetteerDir, progress, threads); }

    public BuildOptions withProgress(Consumer<String> p) { return new BuildOptions(iris, ontologyDir, gazetteerDir, p, threads); }

    public BuildOptions withOntology(Path dir) { return new BuildOptions(iris, dir, gazetteerDir, progress, threads); }

    public BuildOptions withGazetteer(Path dir) { return new BuildOptions(iris, ontologyDir, dir, progress, threads); }

    public BuildOptions withThreads(int n) { return new BuildOptions(iris, ontologyDir, gazetteerDir, progress, n); }

    /** The SHACL shapes file beside the ontology. */
    public Path shapesFile() { return ontologyDir.resolve(OntologyFiles.SHAPES_FILE); }
}
