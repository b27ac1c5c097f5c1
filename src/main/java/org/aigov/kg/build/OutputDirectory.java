package org.aigov.kg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a set of files into a fresh temporary directory beside the target and swaps it into place only when
 * complete, so a failed run leaves the previous output untouched and no half-written one behind.
 */
public final class OutputDirectory {
    /** Fills the directory it is given; throwing abandons the whole output. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path dir) throws IOException;
    }

    private OutputDirectory() {}

    public static void replace(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            readableByAll(staging);
            writer.writeInto(staging);
            Path old = null;
            if (Files.exists(absolute)) {
                old = parent.resolve("." + absolute.getFileName() + ".old-" + System.nanoTime());
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) deleteTree(staging);
        }
    }

    /** Temporary directories are private by default; the published output is not. */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temporary directory is harmless and named as such
        }
    }
}
