package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Everything {@code aigov build} leaves in its output directory: the dumps, plain N-Triples, VoID and the ontology reference. */
public final class BuildOutputs {
    private BuildOutputs() {}

    public static void write(Dataset ds, String base, Path dir) throws IOException {
        Dumps.write(ds, dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("aigov.nt")), 1 << 16)) {
            Txn.executeRead(ds, () -> RDFDataMgr.write(out, UnionView.model(ds), RDFFormat.NTRIPLES));
        }
        String root = DatasetDescription.datasetIri(base).replaceFirst("void#dataset$", "");
        List<String> dumps = Dumps.FILES.stream().map(f -> root + "dumps/" + f.name()).toList();
        try (OutputStream out = Files.newOutputStream(dir.resolve("void.ttl"))) {
            RDFDataMgr.write(out, DatasetDescription.describe(ds, base, null, dumps), RDFFormat.TURTLE_PRETTY);
        }
        Graph ontology = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(NodeFactory.createURI(AIGO.ONTOLOGY_GRAPH)).find().forEachRemaining(ontology::add));
        Files.writeString(dir.resolve("ontology.html"), OntologyDoc.render(ontology, ds, "en"), StandardCharsets.UTF_8);
    }
}
