package org.aigov.kg.store;

import org.aigov.kg.source.RdfFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/serve-small.trig");
    static final QuadSource SMALL = (QuadSource) out -> RdfFiles.emitQuads(FIXTURE, out);

    private static long statementTriplesInDefaultGraph(DatasetGraph dsg) {
        String q = "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/aigov/ontology#Clause> }";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(q)).build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void buildWritesAGenerationAndServesIt(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        TdbStore.Refresh r = store.refresh("fp-1", SMALL);
        assertTrue(r.rebuilt());
        assertEquals("db-000001", r.manifest().generation());
        assertEquals("db-000001", Files.exists(dir.resolve("current")) ? read(dir.resolve("current")) : null);
        try (ServingDataset data = store.open()) {
            assertEquals(r.manifest().quads(), data.quadCount());
            assertEquals(2, statementTriplesInDefaultGraph(data.dataset()), "union default graph");
        }
    }

    @Test
    void unchangedInputSkipsTheRebuild(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        store.refresh("fp-1", SMALL);
        QuadSource mustNotRun = out -> { throw new AssertionError("the loader ran although the input was unchanged"); };
        TdbStore.Refresh again = store.refresh("fp-1", mustNotRun);
        assertFalse(again.rebuilt());
        assertEquals("db-000001", again.manifest().generation());
        TdbStore.Refresh changed = store.refresh("fp-2", SMALL);
        assertTrue(changed.rebuilt());
        assertEquals("db-000002", changed.manifest().generation());
        assertEquals(List.of(dir.resolve("db-000002")), store.generations(), "old generation not deleted");
    }

    @Test
    void badInputMidRebuildLeavesThePreviousGenerationServingAndIntact(@TempDir Path dir) throws Exception {
        TdbStore store = new TdbStore(dir);
        GenerationManifest first = store.refresh("fp-1", SMALL).manifest();
        Path bad = dir.resolveSibling(dir.getFileName() + "-bad.trig");
        Files.writeString(bad, "<urn:x:s> <urn:x:p> <urn:x:o> .\n<urn:x:s> <urn:x:p> \"unterminated .\n");
        QuadSource goodThenBad = out -> {
            SMALL.emit(out); // half the work done before the bad file
            RdfFiles.emitQuads(bad, out);
        };
        BadInputException e = assertThrows(BadInputException.class, () -> store.refresh("fp-2", goodThenBad));
        assertTrue(e.userMessage().contains(bad.getFileName().toString()), e.userMessage());
        assertEquals(first, store.current().orElseThrow(), "current generation changed");
        assertEquals(List.of(dir.resolve("db-000001")), store.generations(), "half-built generation left behind");
        try (ServingDataset data = store.open()) {
            assertEquals(first.quads(), data.quadCount());
            assertEquals(2, statementTriplesInDefaultGraph(data.dataset()));
        }
    }

    @Test
    void aCrashMidLoadLeavesThePreviousGenerationAndTheNextRebuildCleansUp(@TempDir Path dir) throws Exception {
        TdbStore store = new TdbStore(dir);
        GenerationManifest first = store.refresh("fp-1", SMALL).manifest();
        QuadSource crashes = out -> {
            out.quad(Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("x")));
            throw new IllegalStateException("simulated crash");
        };
        assertThrows(IllegalStateException.class, () -> store.refresh("fp-2", crashes));
        assertEquals(first, store.current().orElseThrow());
        // A killed process leaves an unfinished directory with no manifest: never served, removed by the next rebuild.
        Files.createDirectories(dir.resolve("db-000007/tdb"));
        assertEquals(first, store.current().orElseThrow());
        GenerationManifest next = store.refresh("fp-3", SMALL).manifest();
        assertEquals("db-000008", next.generation());
        assertEquals(List.of(dir.resolve("db-000008")), store.generations());
    }

    @Test
    void anEmptyBuildIsNotSwitchedTo(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        GenerationManifest first = store.refresh("fp-1", SMALL).manifest();
        assertThrows(IllegalStateException.class, () -> store.refresh("fp-2", out -> {}));
        assertEquals(first, store.current().orElseThrow());
    }

    @Test
    void textSearchWorksOnTheTdbGeneration(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        store.refresh("fp-1", SMALL);
        try (ServingDataset data = store.open()) {
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'cybersecurity' }";
            List<String> hits = Txn.calculateRead(data.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(data.dataset()).query(QueryFactory.create(q)).build()) {
                    return qe.select().materialize().stream().map(b -> b.get("s").getURI()).toList();
                }
            });
            assertEquals(List.of("https://w3id.org/aigov/id/statement/fixture-statement/sentence/1"), hits);
        }
    }

    @Test
    void theTdbTextIndexAnswersLikeTheIndexWrittenThroughJenaText(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        store.refresh("fp-1", SMALL);
        assertSameTextHits(store, SMALL);
        try (ServingDataset data = store.open()) {
            assertEquals(List.of("https://w3id.org/aigov/id/country/india"), textHits(data, "Bharat"), "a label");
            assertEquals(List.of("https://w3id.org/aigov/id/statement/fixture-statement/sentence/1"),
                    textHits(data, "cybersecurity"), "sentence text");
        }
    }

    @Test
    void quadsSentTwiceAreStoredAndIndexedOnce(@TempDir Path dir) {
        TdbStore store = new TdbStore(dir);
        long once = store.refresh("fp-1", SMALL).manifest().quads();
        QuadSource twice = out -> {
            SMALL.emit(out);
            SMALL.emit(out);
        };
        GenerationManifest m = store.refresh("fp-2", twice).manifest();
        assertEquals(once, m.quads());
        assertSameTextHits(store, SMALL);
    }

    @Test
    void aFailedLoadLeavesNoLoaderThreadRunning(@TempDir Path dir) throws InterruptedException {
        TdbStore store = new TdbStore(dir);
        QuadSource crashes = out -> {
            SMALL.emit(out);
            throw new IllegalStateException("simulated crash");
        };
        assertThrows(IllegalStateException.class, () -> store.refresh("fp-1", crashes));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!loaderThreads().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(List.of(), loaderThreads(), "bulk loader threads still waiting for data");
        assertEquals(List.of(), store.generations(), "half-built generation left behind");
    }

    @Test
    void aFailedMemoryLoadStopsItsIndexingThread() throws InterruptedException {
        QuadSource crashes = out -> {
            SMALL.emit(out);
            throw new IllegalStateException("simulated crash");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MemoryStore.load(crashes));
        assertEquals("simulated crash", e.getMessage(), "the source's own error is the one reported");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!indexingThreads().isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(List.of(), indexingThreads(), "text indexing thread still running");
        try (ServingDataset next = MemoryStore.load(QuadSource.distinct(SMALL)); ServingDataset reference = indexedThroughJenaText(SMALL)) {
            assertSameTextHits(reference, next); // the next load works, with a source declared distinct (no recount)
        }
    }

    private static List<String> indexingThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.equals("aigov-text-index")).toList();
    }

    /** Live threads running Jena's TDB2 bulk loader code. */
    private static List<String> loaderThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.tdb2.loader")))
                .map(e -> e.getKey().getName()).toList();
    }

    /** The TDB2 generation finds what an index written by jena-text's own dataset wrapper finds. */
    private static void assertSameTextHits(TdbStore store, QuadSource source) {
        try (ServingDataset tdb = store.open(); ServingDataset reference = indexedThroughJenaText(source)) {
            assertSameTextHits(reference, tdb);
        }
    }

    static void assertSameTextHits(ServingDataset reference, ServingDataset tested) {
        for (String words : List.of("cybersecurity", "Bharat", "OECD", "Japan", "日本", "AI", "clause", "trustworthy AI")) {
            List<String> expected = textHits(reference, words);
            assertFalse(expected.isEmpty(), "no hit for '" + words + "' in the reference either");
            assertEquals(expected, textHits(tested, words), "text:query '" + words + "'");
        }
    }

    /** The reference: every quad added through jena-text's dataset wrapper, the way jena-text indexes by itself. */
    static ServingDataset indexedThroughJenaText(QuadSource source) {
        org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        DatasetGraph indexed = TextIndexSpec.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(), dir);
        Txn.executeWrite(indexed, () -> source.emit(org.apache.jena.riot.system.StreamRDFLib.dataset(indexed)));
        return new ServingDataset(indexed, "reference", () -> {
            indexed.close();
            dir.close();
        });
    }

    @Test
    void theMemoryStoreTextIndexAnswersLikeTheIndexWrittenThroughJenaText() {
        try (ServingDataset memory = MemoryStore.load(SMALL); ServingDataset reference = indexedThroughJenaText(SMALL)) {
            assertSameTextHits(reference, memory);
        }
        QuadSource twice = out -> {
            SMALL.emit(out);
            SMALL.emit(out);
        };
        try (ServingDataset memory = MemoryStore.load(twice); ServingDataset reference = indexedThroughJenaText(SMALL)) {
            assertSameTextHits(reference, memory);
            assertEquals(StoreOps.countQuads(reference.dataset()), memory.quadCount(), "quads sent twice are stored once");
        }
    }

    static List<String> textHits(ServingDataset data, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + words + "' }";
        return Txn.calculateRead(data.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(data.dataset()).query(QueryFactory.create(q)).build()) {
                return qe.select().materialize().stream().map(b -> b.get("s").getURI()).sorted().toList();
            }
        });
    }

    @Test
    void fingerprintChangesWithContentAndNotWithoutIt(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "one");
        String f1 = InputFingerprint.of(List.of(dir), "base=x");
        assertEquals(f1, InputFingerprint.of(List.of(dir), "base=x"));
        assertNotEquals(f1, InputFingerprint.of(List.of(dir), "base=y"));
        Files.writeString(a, "two");
        assertNotEquals(f1, InputFingerprint.of(List.of(dir), "base=x"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
