package org.aigov.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * SHA-256 over everything a build reads: the sorted input files (path and content), the
 * ontology and gazetteer files, the base IRI and the program version. Equal fingerprints mean
 * a rebuild would produce the same graph.
 *
 * <pre>String f = InputFingerprint.of(List.of(Path.of("data/statements"), Path.of("ontology")), "https://w3id.org/aigov/id/");</pre>
 */
public final class InputFingerprint {
    private InputFingerprint() {}

    /** Fingerprint of files and directories (walked recursively; missing paths count as absent). */
    public static String of(List<Path> paths, String settings) {
        MessageDigest sha = sha256();
        update(sha, "aigov-kg store fingerprint v1");
        update(sha, Objects.toString(InputFingerprint.class.getPackage().getImplementationVersion(), "dev"));
        update(sha, settings);
        for (Path file : files(paths)) {
            update(sha, file.toString().replace('\\', '/'));
            try {
                byte[] content = Files.readAllBytes(file);
                update(sha, Long.toString(content.length));
                sha.update(content);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Every regular file under the given paths, sorted by path so the order is stable. */
    static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) out.add(p.normalize());
            else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).map(Path::normalize).forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("listing " + p, e);
                }
            }
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
