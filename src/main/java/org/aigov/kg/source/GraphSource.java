package org.aigov.kg.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.BuildResult;
import org.aigov.kg.build.BuildSummary;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.store.InputFingerprint;
import org.aigov.kg.store.QuadSource;
import org.aigov.kg.store.StoreOps;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The one way from command-line paths to a graph, for every command: statements go through the loader,
 * RDF files are read as they are (their default-graph triples in a graph named after the file), and
 * queries see the union of the named graphs ({@link UnionView}).
 *
 * <pre>BuildResult kg = GraphSource.of(List.of(Path.of("data/statements"), Path.of("extra.ttl")), BuildOptions.defaults()).build();</pre>
 */
public final class GraphSource {
    private final InputPaths inputs;
    private final BuildOptions options;

    private GraphSource(InputPaths inputs, BuildOptions options) {
        this.inputs = inputs;
        this.options = options;
    }

    /** Sorts the paths (notes about skipped files go to the options' progress); bad paths are bad input. */
    public static GraphSource of(List<Path> paths, BuildOptions options) {
        return new GraphSource(InputPaths.expand(paths, options.progress()), options);
    }

    public InputPaths inputs() { return inputs; }

    /** The whole graph in memory: the loader's dataset (if any statements) with the RDF files' graphs added. */
    public BuildResult build() {
        long start = System.nanoTime();
        BuildResult built = inputs.statements().isEmpty() ? null : new KnowledgeGraphBuilder(options).build(inputs.statements());
        Dataset dataset = built == null ? DatasetFactory.createTxnMem() : built.dataset();
        if (inputs.rdf().isEmpty()) return built != null ? built : new BuildResult(dataset, empty(0, 0));
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> inputs.rdf().forEach(f -> RdfFiles.emitQuads(f, StreamRDFLib.dataset(dsg))));
        long quads = StoreOps.countQuads(dsg);
        double seconds = (System.nanoTime() - start) / 1e9;
        BuildSummary s = built == null ? empty(quads, seconds)
                : new BuildSummary(built.summary().statements(), built.summary().sentences(), built.summary().clauses(),
                        built.summary().speakingSentences(), built.summary().entitiesByType(), quads, seconds,
                        built.summary().textChars(), built.summary().warnings());
        return new BuildResult(dataset, s);
    }

    /** The same quads as a stream for a store: the RDF files first, then the loader's output. */
    public QuadSource quads() {
        KnowledgeGraphBuilder loader = new KnowledgeGraphBuilder(options);
        if (inputs.rdf().isEmpty()) return QuadSource.distinct(out -> loader.emit(inputs.statements(), out)); // one built dataset: no repeats
        return out -> {
            inputs.rdf().forEach(f -> RdfFiles.emitQuads(f, out));
            if (!inputs.statements().isEmpty()) loader.emit(inputs.statements(), out);
        };
    }

    /** SHA-256 over every input, plus the ontology and gazetteer when statements are loaded, and the base IRI. */
    public String fingerprint() {
        List<Path> all = new ArrayList<>(inputs.all());
        if (!inputs.statements().isEmpty()) {
            all.add(options.ontologyDir());
            all.add(options.gazetteerDir());
        }
        return InputFingerprint.of(all, "base=" + options.iris().base());
    }

    /** Number of files read. */
    public int size() { return inputs.statements().size() + inputs.rdf().size(); }

    private static BuildSummary empty(long quads, double seconds) {
        return new BuildSummary(0, 0, 0, 0, Map.of(), quads, seconds, 0, 0);
    }
}
