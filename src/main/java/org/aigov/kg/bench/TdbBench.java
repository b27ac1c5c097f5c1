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

        long t0 = System.nanoTime();
        long stored = ours.load(oursDir, nquads);
        double oursSeconds = BuildBench.seconds(t0);

        t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(bulkDir.toString());
        long bulkQuads;
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
            bulkQuads = Txn.calculateRead(dsg, () -> countQuads(dsg));
        } finally {
            TDBInternal.expel(dsg, true);
        }
        double bulkSeconds = BuildBench.seconds(t0);
        return new Figures(stored, oursSeconds, bulkSeconds, bulkQuads);
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
