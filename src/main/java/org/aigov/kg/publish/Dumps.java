package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import org.aigov.kg.vocab.Prefixes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the dataset dumps: {@code aigov.trig} (named graphs), {@code aigov.ttl} (the union graph),
 * {@code aigov.nt.gz} (the union graph, gzip) and {@code aigov.jsonld} (named graphs, compacted
 * with the published context). Files are written to a temporary directory inside {@code dir}
 * and then moved into place, so a failure never leaves half-written dumps.
 *
 * <pre>List&lt;Path&gt; files = Dumps.write(result.dataset(), Path.of("target/kg"));</pre>
 */
public final class Dumps {
    /** One dump file: its name, media type and a short description. */
    public record DumpFile(String name, String mediaType, String description) {}

    public static final List<DumpFile> FILES = List.of(
            new DumpFile("aigov.trig", "application/trig", "TriG — every named graph (ontology, gazetteer, one per statement)"),
            new DumpFile("aigov.ttl", "text/turtle", "Turtle — the union of all graphs"),
            new DumpFile("aigov.nt.gz", "application/gzip", "N-Triples, gzip-compressed — the union of all graphs, one triple a line"),
            new DumpFile("aigov.jsonld", "application/ld+json", "JSON-LD 1.1 — every named graph, compacted with /context.jsonld"));

    private Dumps() {}

    /** Writes the four dumps into {@code dir} (created if needed); returns their paths. */
    public static List<Path> write(Dataset ds, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, ".dumps-");
        try {
            Txn.executeRead(ds, () -> {
                try {
                    writeAll(ds, tmp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<Path> out = new ArrayList<>();
            for (DumpFile f : FILES) {
                Path target = dir.resolve(f.name());
                move(tmp.resolve(f.name()), target);
                out.add(target);
            }
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteTree(tmp);
        }
    }

    private static void writeAll(Dataset ds, Path tmp) throws IOException {
        DatasetGraph named = namedGraphsOnly(ds);
        Model union = ModelFactory.createDefaultModel();
        union.setNsPrefixes(Prefixes.forBase(org.aigov.kg.vocab.Iris.DEFAULT_BASE));
        union.add(UnionView.model(ds));
        try (OutputStream out = Files.newOutputStream(tmp.resolve("aigov.trig"))) {
            DatasetGraph withPrefixes = named;
            withPrefixes.prefixes().putAll(union.getNsPrefixMap());
            RDFDataMgr.write(out, withPrefixes, RDFFormat.TRIG_BLOCKS);
        }
        try (OutputStream out = Files.newOutputStream(tmp.resolve("aigov.ttl"))) {
            RDFDataMgr.write(out, union, RDFFormat.TURTLE_BLOCKS);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("aigov.nt.gz")))) {
            RDFDataMgr.write(out, union, RDFFormat.NTRIPLES);
        }
        Files.writeString(tmp.resolve("aigov.jsonld"), RdfOutput.jsonLd(named), StandardCharsets.UTF_8);
    }

    /** A copy of the named graphs (the default graph is empty or their union); a dataset without named graphs keeps its default graph. */
    private static DatasetGraph namedGraphsOnly(Dataset ds) {
        DatasetGraph src = ds.asDatasetGraph();
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        if (UnionView.hasNamedGraphs(src)) src.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        else src.getDefaultGraph().find().forEachRemaining(copy.getDefaultGraph()::add);
        return copy;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(q);
        }
    }
}
