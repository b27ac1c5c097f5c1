package org.aigov.kg.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.check.RdfFiles;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dataset {@code aigov query} runs on without an endpoint: statements ({@code .md} files or
 * directories of them) built by the loader, plus any RDF dumps given ({@code .trig}, {@code .nq},
 * {@code .ttl} …) read as they are — a dump's default-graph triples go into a graph named after the file,
 * so the union default graph sees them.
 */
public final class LocalGraph {
    private LocalGraph() {}

    /** Builds or reads every input into one in-memory dataset; bad input names the file. */
    public static Dataset load(List<Path> inputs, BuildOptions options) {
        List<Path> statements = new ArrayList<>();
        List<Path> dumps = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new BadInputException(p, "no such file or directory");
            if (Files.isRegularFile(p) && isRdf(p)) dumps.add(p);
            else statements.add(p);
        }
        Dataset dataset = statements.isEmpty()
                ? DatasetFactory.createTxnMem()
                : new KnowledgeGraphBuilder(options).build(statements).dataset();
        for (Path dump : dumps) {
            Txn.executeWrite(dataset, () -> RdfFiles.parse(dump, intoNamedGraphs(dataset.asDatasetGraph(), dump)));
        }
        return dataset;
    }

    /** RDF by extension (a statement is Markdown, whatever else it is called). */
    static boolean isRdf(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".md") && RDFLanguages.filenameToLang(name) != null;
    }

    private static StreamRDF intoNamedGraphs(DatasetGraph dsg, Path file) {
        Node graphName = NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
        StreamRDF quads = StreamRDFLib.dataset(dsg);
        return new StreamRDFWrapper(quads) {
            @Override
            public void triple(Triple triple) {
                quads.quad(org.apache.jena.sparql.core.Quad.create(graphName, triple));
            }
        };
    }
}
