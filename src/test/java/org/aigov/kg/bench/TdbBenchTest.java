package org.aigov.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.source.RdfFiles;
import org.aigov.kg.store.TdbStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbBenchTest {
    @Test
    void bothPathsStoreTheSameQuadsAndTheWarmUpLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path nquads = dir.resolve("small.nq");
        try (OutputStream out = Files.newOutputStream(nquads)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            RdfFiles.emitQuads(Path.of("src/test/resources/fixtures/serve-small.trig"), writer);
            writer.finish();
        }
        StoreLoad ours = (db, nq) -> new TdbStore(db).rebuild("bench", sink -> RDFParser.source(nq).parse(sink)).quads();
        Path work = dir.resolve("work");

        TdbBench.Figures f = new TdbBench(ours).measure(nquads, work);

        assertTrue(f.quads() > 0);
        assertEquals(f.quads(), f.bulkQuads());
        assertFalse(Files.exists(work.resolve("warm-up.nq")));
        assertFalse(Files.exists(work.resolve("warm-up-ours")));
        assertFalse(Files.exists(work.resolve("warm-up-bulk")));
    }
}
