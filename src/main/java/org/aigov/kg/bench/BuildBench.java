package org.aigov.kg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Times the loader on one corpus: streamed extraction (statements/s, MB/s), the whole
 * in-memory build, and — the reference — Jena parsing the produced N-Triples into memory.
 */
public final class BuildBench {

    /** The figures for one corpus; times are the median of the repeats, in seconds. */
    public record Figures(int statements, long bytes, long quads, double extractSeconds, double buildSeconds,
                          double parseSeconds, Path ntriples, Path nquads) {
        public double statementsPerSecond() { return statements / extractSeconds; }
        public double megabytesPerSecond() { return bytes / 1e6 / extractSeconds; }
        public double buildVsParse() { return buildSeconds / parseSeconds; }
    }

    private final GraphBuild loader;
    private final int repeats;

    public BuildBench(GraphBuild loader, int repeats) {
        this.loader = loader;
        this.repeats = Math.max(1, repeats);
    }

    /** Measures the corpus in corpusDir; writes its N-Triples and N-Quads under workDir. */
    public Figures measure(Path corpusDir, Path workDir) throws IOException {
        List<Path> files = markdownFiles(corpusDir);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        List<Path> inputs = List.of(corpusDir);
        Files.createDirectories(workDir);

        // The loader's streamed emit runs the same whole pipeline as build() (it validates per statement
        // before streaming), so extraction is timed once, as the in-memory build, not twice.
        double[] build = new double[repeats];
        DatasetGraph built = null;
        for (int r = 0; r < repeats; r++) {
            built = null; // let the previous build go before timing the next
            long t0 = System.nanoTime();
            built = loader.build(inputs);
            build[r] = seconds(t0);
        }
        Path nt = workDir.resolve("aigov.nt");
        Path nq = workDir.resolve("aigov.nq");
        long quads = write(built, nt, nq);
        built = null;

        double[] parse = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(nt).lang(Lang.NTRIPLES).parse(g);
            parse[r] = seconds(t0);
            if (g.isEmpty()) throw new IllegalStateException("parsed nothing from " + nt);
        }
        return new Figures(files.size(), bytes, quads, median(build), median(build), median(parse), nt, nq);
    }

    /** The .md files of a directory, sorted. */
    static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Writes every quad of the dataset as N-Quads, and its triples (graph dropped) as N-Triples. */
    static long write(DatasetGraph dsg, Path nt, Path nq) throws IOException {
        List<Quad> all = new ArrayList<>();
        dsg.executeRead(() -> dsg.find().forEachRemaining(all::add));
        try (OutputStream t = Files.newOutputStream(nt); OutputStream q = Files.newOutputStream(nq)) {
            StreamRDF triples = StreamRDFWriter.getWriterStream(t, Lang.NTRIPLES);
            StreamRDF quads = StreamRDFWriter.getWriterStream(q, Lang.NQUADS);
            triples.start();
            quads.start();
            for (Quad x : all) {
                quads.quad(x);
                triples.triple(Triple.create(x.getSubject(), x.getPredicate(), x.getObject()));
            }
            triples.finish();
            quads.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return all.size();
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
