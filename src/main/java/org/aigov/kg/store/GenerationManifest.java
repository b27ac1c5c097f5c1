package org.aigov.kg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The small file beside each TDB2 generation: which input built it and how many quads it holds.
 *
 * @param generation directory name, e.g. {@code db-000003}
 * @param fingerprint {@link InputFingerprint} of the input it was built from
 * @param quads       number of quads stored (verified after the load)
 * @param created     when the build finished
 */
public record GenerationManifest(String generation, String fingerprint, long quads, Instant created) {
    public static final String FILE = "manifest.properties";

    /** Writes the manifest into {@code generationDir}. */
    public void write(Path generationDir) {
        Properties p = new Properties();
        p.setProperty("generation", generation);
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("quads", Long.toString(quads));
        p.setProperty("created", created.toString());
        try (Writer w = Files.newBufferedWriter(generationDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "aigov-kg TDB2 generation");
        } catch (IOException e) {
            throw new UncheckedIOException("writing manifest in " + generationDir, e);
        }
    }

    /** Reads the manifest of {@code generationDir}, or null when it has none (an unfinished build). */
    public static GenerationManifest read(Path generationDir) {
        Path file = generationDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return new GenerationManifest(
                p.getProperty("generation", generationDir.getFileName().toString()),
                p.getProperty("fingerprint", ""),
                Long.parseLong(p.getProperty("quads", "0")),
                Instant.parse(p.getProperty("created", Instant.EPOCH.toString())));
    }
}
