package org.aigov.kg.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/** The loader as the benchmarks see it: a whole in-memory build, and the same quads streamed. */
public interface GraphBuild {
    /** Extract, materialise and validate into an in-memory dataset. */
    DatasetGraph build(List<Path> inputs);

    /** Streams the quads of the inputs (no dataset kept). */
    void emit(List<Path> inputs, StreamRDF out);

    /** The loader itself. */
    static GraphBuild of(org.aigov.kg.build.KnowledgeGraphBuilder builder) {
        return new GraphBuild() {
            @Override public DatasetGraph build(List<Path> inputs) { return builder.build(inputs).dataset().asDatasetGraph(); }
            @Override public void emit(List<Path> inputs, StreamRDF quads) { builder.emit(inputs, quads); }
        };
    }
}
