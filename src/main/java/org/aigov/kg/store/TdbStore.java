package org.aigov.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A TDB2 database directory kept in generations, so a rebuild never touches what is serving.
 *
 * <pre>
 * DIR/current                 one line: the serving generation, e.g. "db-000003"
 * DIR/db-000003/tdb/          the TDB2 database
 * DIR/db-000003/text/         its Lucene index (jena-text)
 * DIR/db-000003/manifest.properties   input fingerprint, quad count, time
 * </pre>
 *
 * A rebuild loads into a new generation (Jena's TDB2 bulk loader, the text index written from
 * the same stream), verifies it, then switches {@code current} with an atomic rename; only then
 * are older generations deleted. A failure at any point before the rename leaves the
 * previous generation as it was.
 */
public final class TdbStore {
    public static final String CURRENT = "current";
    private static final Pattern GENERATION = Pattern.compile("db-(\\d{6})");

    private final Path dir;

    public TdbStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() { return dir; }

    /** What {@link #refresh} did. */
    public record Refresh(boolean rebuilt, GenerationManifest manifest) {}

    /** The serving generation's manifest, if there is a complete one. */
    public Optional<GenerationManifest> current() {
        Path pointer = dir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + pointer, e);
        }
        if (!GENERATION.matcher(name).matches()) {
            throw new BadInputException(pointer.toString(), "does not name a generation (db-NNNNNN): '" + name + "'");
        }
        GenerationManifest m = GenerationManifest.read(dir.resolve(name));
        if (m == null) throw new BadInputException(pointer.toString(), "points to " + name + ", which has no manifest");
        return Optional.of(m);
    }

    /**
     * Makes the serving generation match {@code fingerprint}: keeps it when it already does
     * (no load at all), otherwise rebuilds from {@code source}.
     */
    public Refresh refresh(String fingerprint, QuadSource source) {
        Optional<GenerationManifest> now = current();
        if (now.isPresent() && now.get().fingerprint().equals(fingerprint)) return new Refresh(false, now.get());
        return new Refresh(true, rebuild(fingerprint, source));
    }

    /** Loads {@code source} into a new generation, verifies it and switches to it. */
    public GenerationManifest rebuild(String fingerprint, QuadSource source) {
        createDirectories(dir);
        String name = nextGenerationName();
        Path gen = dir.resolve(name);
        GenerationManifest manifest;
        try {
            createDirectories(gen);
            long stored = load(gen, source);
            long reopened = reopenAndCount(gen);
            verify(gen, stored, reopened);
            manifest = new GenerationManifest(name, fingerprint, reopened, Instant.now());
            manifest.write(gen);
        } catch (RuntimeException | Error e) {
            deleteQuietly(gen); // the half-built generation must never be served
            throw e;
        }
        switchTo(name);
        deleteOtherGenerations(name);
        return manifest;
    }

    /** Opens the serving generation read for queries; fails when there is none. */
    public ServingDataset open() {
        GenerationManifest m = current().orElseThrow(() ->
                new BadInputException(dir.toString(), "no TDB2 database here (no '" + CURRENT + "' file); give statements to build one"));
        Path gen = dir.resolve(m.generation());
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb").toString());
        Directory text = openIndex(gen);
        DatasetGraph indexed = TextIndexSpec.wrap(tdb, text);
        StoreOps.useUnionDefaultGraph(tdb);
        return new ServingDataset(indexed, "TDB2 " + gen, () -> {
            indexed.close();
            text.close();
            TDBInternal.expel(tdb, true);
        });
    }

    /**
     * Loads the source into the generation's database with Jena's bulk loader, indexing its text
     * on the way; returns the quads stored.
     */
    private static long load(Path gen, QuadSource source) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb").toString());
        try (Directory text = openIndex(gen)) {
            long sent;
            try (TextIndexer indexer = new TextIndexer(text)) {
                sent = bulkLoad(tdb, indexer, source);
                indexer.commit();
            }
            long stored = storedQuads(tdb);
            if (stored != sent) TextIndexer.rebuild(text, tdb); // some quads were sent twice, so indexed twice
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the text index in " + gen, e);
        } finally {
            TDBInternal.expel(tdb, true);
        }
    }

    /**
     * Streams the source through the text indexer into the phased loader (Jena's default),
     * which builds the node table and indexes in bulk; returns the quads the source sent.
     */
    private static long bulkLoad(DatasetGraph tdb, TextIndexer indexer, QuadSource source) {
        DataLoader loader = LoaderFactory.phasedLoader(tdb, (format, args) -> { });
        loader.startBulk();
        try {
            source.emit(indexer.indexing(loader.stream()));
        } catch (RuntimeException | Error e) {
            abandon(loader, e);
            throw e;
        }
        loader.finishBulk();
        return loader.countQuads() + loader.countTriples();
    }

    /** Ends a load whose source failed, so that the loader's worker threads (waiting for more data) finish. */
    private static void abandon(DataLoader loader, Throwable failure) {
        try {
            loader.finishBulk(); // writes what was sent; the generation is deleted anyway
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
            loader.finishException(new IllegalStateException("abandoning the bulk load", e));
        }
    }

    /** Reopens the loaded database from disk and counts its quads. */
    private static long reopenAndCount(Path gen) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.resolve("tdb").toString());
        try {
            return storedQuads(tdb);
        } finally {
            TDBInternal.expel(tdb, true);
        }
    }

    /** The quads in the named graphs' primary index plus the default graph's triples, counted without decoding nodes. */
    private static long storedQuads(DatasetGraph tdb) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        return Txn.calculateRead(tdb, () -> storage.getQuadTable().getNodeTupleTable().getTupleTable().size()
                + storage.getTripleTable().getNodeTupleTable().getTupleTable().size());
    }

    /** Checks that the reopened database holds what was loaded and that the text index has documents. */
    private static void verify(Path gen, long stored, long reopened) {
        if (stored == 0) throw new IllegalStateException("the new database " + gen + " is empty; not switching to it");
        if (reopened != stored) {
            throw new IllegalStateException("the new database " + gen + " holds " + reopened + " quads after reopening, expected " + stored);
        }
        try (Directory text = openIndex(gen); DirectoryReader reader = DirectoryReader.open(text)) {
            if (reader.numDocs() == 0) throw new IllegalStateException("the new text index in " + gen + " is empty");
        } catch (IOException e) {
            throw new UncheckedIOException("checking the text index in " + gen, e);
        }
    }

    /** Points {@code current} at {@code name}: a temporary file renamed atomically over the old one. */
    private void switchTo(String name) {
        Path tmp = dir.resolve(CURRENT + ".tmp");
        try {
            Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("switching " + dir + " to " + name, e);
        }
    }

    /** Numbers one above every generation directory present, finished or not. */
    private String nextGenerationName() {
        int max = generations().stream().mapToInt(TdbStore::number).max().orElse(0);
        return String.format("db-%06d", max + 1);
    }

    /** The generation directories in DIR (including unfinished ones). */
    public List<Path> generations() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> GENERATION.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    private void deleteOtherGenerations(String keep) {
        for (Path g : generations()) if (!g.getFileName().toString().equals(keep)) deleteQuietly(g);
    }

    private static int number(Path generation) {
        Matcher m = GENERATION.matcher(generation.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Directory openIndex(Path gen) {
        try {
            return FSDirectory.open(gen.resolve("text"));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the text index in " + gen, e);
        }
    }

    private static void createDirectories(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + p, e);
        }
    }

    /** Deletes a directory tree; what cannot be deleted now is left for the next rebuild. */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (NoSuchFileException ignored) {
                    // already gone
                } catch (IOException ignored) {
                    // retried at the next rebuild, which deletes every non-current generation
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
