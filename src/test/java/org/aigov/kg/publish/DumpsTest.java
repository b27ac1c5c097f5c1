package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps.write as `aigov build` calls it: every file, nothing half-written, dumps that hold the dataset. */
class DumpsTest {
    @TempDir
    Path out;

    @Test
    void writesTheFourDumpsAndNoTemporaryFiles() throws IOException {
        Dataset ds = LdTestServer.fixture();
        Files.writeString(out.resolve("other.txt"), "left alone");
        List<Path> files = Dumps.write(ds, out);
        assertEquals(List.of("aigov.trig", "aigov.ttl", "aigov.nt.gz", "aigov.jsonld"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) assertTrue(Files.size(f) > 1000, f + " has content");
        try (Stream<Path> left = Files.list(out)) {
            List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("aigov.jsonld", "aigov.nt.gz", "aigov.trig", "aigov.ttl", "other.txt"), names, "no temp dir left behind");
        }
        DatasetGraph source = Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(IsoMatcher.isomorphic(source, Interop.jena(Files.readAllBytes(out.resolve("aigov.trig")), Lang.TRIG)));
        assertTrue(IsoMatcher.isomorphic(source, Interop.jena(Files.readAllBytes(out.resolve("aigov.jsonld")), Lang.JSONLD)));
        // written again over existing files: replaced, still complete
        Dumps.write(ds, out);
        assertTrue(IsoMatcher.isomorphic(source, Interop.jena(Files.readAllBytes(out.resolve("aigov.trig")), Lang.TRIG)));
    }

    @Test
    void aTargetThatIsNotADirectoryFailsWithoutWritingDumps() throws IOException {
        Path notADirectory = out.resolve("file");
        Files.writeString(notADirectory, "x");
        Dataset ds = LdTestServer.fixture();
        boolean failed = false;
        try {
            Dumps.write(ds, notADirectory);
        } catch (IOException e) {
            failed = true;
        }
        assertTrue(failed, "writing into a file instead of a directory fails");
        assertFalse(Files.exists(out.resolve("aigov.trig")));
    }
}
