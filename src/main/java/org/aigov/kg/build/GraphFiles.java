package org.aigov.kg.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes the built dataset as TriG and JSON-LD (named graphs) and as Turtle and N-Triples (their union). */
public final class GraphFiles {
    private GraphFiles() {}

    public static void write(Dataset ds, Path dir) throws IOException {
        ds.begin(TxnType.READ);
        try {
            DatasetGraph dsg = ds.asDatasetGraph();
            Graph union = GraphFactory.createDefaultGraph();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
            union.getPrefixMapping().setNsPrefixes(Prefixes.adapt(dsg.prefixes()));
            write(dir.resolve("aigov.trig"), out -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS));
            write(dir.resolve("aigov.ttl"), out -> RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS));
            write(dir.resolve("aigov.nt"), out -> RDFDataMgr.write(out, union, RDFFormat.NTRIPLES));
            write(dir.resolve("aigov.jsonld"), out -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11));
        } finally {
            ds.end();
        }
    }

    private interface Body { void write(OutputStream out) throws IOException; }

    private static void write(Path file, Body body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            body.write(out);
        }
    }
}
