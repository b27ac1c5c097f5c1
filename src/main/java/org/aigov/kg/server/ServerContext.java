package org.aigov.kg.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a {@link ServerExtension} may use: the served dataset (read-only; union default graph;
 * take a read transaction), the base IRI resources are minted under, the dataset's path, the
 * analysts' queries directory, free-form options, and the port once the server has started.
 *
 * @param dataset     the dataset as the endpoint serves it
 * @param baseIri     base of resource IRIs, e.g. {@code https://w3id.org/aigov/id/}
 * @param datasetPath Fuseki dataset path, {@code /aigov}
 * @param queriesDir  directory of named {@code .rq} queries (may not exist)
 * @param options     extra settings by name (from the command line or tests)
 * @param port        the bound port; valid only after {@link AigovServer#start()}
 */
public record ServerContext(DatasetGraph dataset, String baseIri, String datasetPath, Path queriesDir,
                            Map<String, String> options, IntSupplier port) {

    /** The server's root URL on loopback, e.g. {@code http://127.0.0.1:3030/}; after start only. */
    public String localUrl() {
        return "http://127.0.0.1:" + port.getAsInt() + "/";
    }
}
