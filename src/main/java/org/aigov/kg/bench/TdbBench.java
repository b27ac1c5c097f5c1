package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Times our TDB2 build against Jena's own TDB2 bulk loader, both in this JVM, on the same N-Quads. */
public final class TdbBench {

    /** Seconds for each, and the quads each stored. */
    public record Figures(long quads, double oursSeconds, double bulkSeconds, long bulkQuads) {
        /** Our speed relative to the bulk loader's (≥ 0.8 is the goal). */
        public double speedRatio() { return bulkSeconds / oursSeconds; }
    }

    /** N-Quads lines each path loads, untimed, before the timed loads. */
    static final int WARM_UP_QUADS = 150_000;

    private final StoreLoad ours;

    public TdbBench(StoreLoad ours) {
        this.ours = ours;
    }

    public Figures measure(Path nquads, Path workDir) throws IOException {
        Path oursDir = workDir.resolve("tdb-ours");
        Path bulkDir = workDir.resolve("tdb-bulk");
        deleteTree(oursDir);
        deleteTree(bulkDir);
        Files.createDirectories(workDir);
        warmUp(nquads, workDir);

        long t0 = System.nanoTime();
        long stored = ours.load(oursDir, nquads);
        double oursSeconds = BuildBench.seconds(t0);

        t0 = System.nanoTime();
        long bulkQuads = bulkLoad(bulkDir, nquads);
        double bulkSeconds = BuildBench.seconds(t0);
        return new Figures(stored, oursSeconds, bulkSeconds, bulkQuads);
    }

    /**
     * Untimed: both paths load the first {@link #WARM_UP_QUADS} quads once, so that neither is
     * timed while the JIT compiles the parser and TDB2 code they share (whichever ran first paid
     * for it: ours took 37 s cold and 24 s warm at 1,000 statements on the 2-core machine).
     */
    private void warmUp(Path nquads, Path workDir) throws IOException {
        Path slice = workDir.resolve("warm-up.nq");
        try (Stream<String> lines = Files.lines(nquads)) {
            Files.write(slice, (Iterable<String>) lines.limit(WARM_UP_QUADS)::iterator);
        }
        try {
            ours.load(workDir.resolve("warm-up-ours"), slice);
            bulkLoad(workDir.resolve("warm-up-bulk"), slice);
        } finally {
            deleteTree(workDir.resolve("warm-up-ours"));
            deleteTree(workDir.resolve("warm-up-bulk"));
            Files.deleteIfExists(slice);
        }
    }

    /** Jena's TDB2 bulk loader (its default, phased) into a new database, then a count; returns the quads. */
    private static long bulkLoad(Path dir, Path nquads) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return Txn.calculateRead(dsg, () -> countQuads(dsg));
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    private static long countQuads(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
