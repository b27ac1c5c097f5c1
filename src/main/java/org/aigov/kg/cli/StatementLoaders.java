package org.aigov.kg.cli;

import java.nio.file.Path;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.store.GraphInputs;

/** Connects the store to the statement loader ({@link KnowledgeGraphBuilder}). */
final class StatementLoaders {
    private StatementLoaders() {}

    /** The loader for {@code aigov serve}: statements become quads with the given base and model directories. */
    static GraphInputs.StatementLoader forServe(String base, Path ontologyDir, Path gazetteerDir) {
        BuildOptions options = BuildOptions.defaults().withBase(base).withOntology(ontologyDir).withGazetteer(gazetteerDir);
        return (paths, out) -> new KnowledgeGraphBuilder(options).emit(paths, out);
    }
}
