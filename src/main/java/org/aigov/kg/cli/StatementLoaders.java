package org.aigov.kg.cli;

import java.nio.file.Path;
import org.aigov.kg.BadInputException;
import org.aigov.kg.store.GraphInputs;

/** Connects the store to the statement loader ({@code build.KnowledgeGraphBuilder}). */
final class StatementLoaders {
    private StatementLoaders() {}

    /** The loader for {@code aigov serve}: statements become quads with the given base and model directories. */
    static GraphInputs.StatementLoader forServe(String base, Path ontologyDir, Path gazetteerDir) {
        return (paths, out) -> {
            throw new BadInputException(String.valueOf(paths.get(0)),
                    "this build has no statement loader yet; serve an RDF dump (.trig, .nq, .ttl) instead");
        };
    }
}
