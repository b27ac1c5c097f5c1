package org.aigov.kg.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Writes the evaluation report to target/gold-report.txt and, from the lead's and the gold checkout, /work/gold-report.txt. */
final class GoldReport {
    private GoldReport() {}

    // Only the lead's main checkout and the gold branch publish to the shared file: every other helper's
    // worktree runs this test too, on an older loader and gold, and would overwrite the figures that matter.
    private static final List<Path> PUBLISHING_CHECKOUTS = List.of(Path.of("/work/main"), Path.of("/work/wt-gold"));

    /** Where the report goes: always target/, and /work/gold-report.txt from the checkouts that publish. */
    static List<Path> destinations() {
        List<Path> out = new ArrayList<>(List.of(Path.of("target", "gold-report.txt")));
        Path here = Path.of("").toAbsolutePath().normalize();
        Path shared = Path.of("/work");
        if (PUBLISHING_CHECKOUTS.contains(here) && Files.isDirectory(shared) && Files.isWritable(shared)) {
            out.add(shared.resolve("gold-report.txt"));
        }
        return out;
    }

    /** The checkout the report was computed in, for its header. */
    static String checkout() {
        return Path.of("").toAbsolutePath().normalize().toString();
    }

    /** Replaces each destination atomically, so a reader never sees half a report. */
    static List<Path> write(String report) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Path p : destinations()) {
            Path dir = p.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "gold-report", ".tmp");
            Files.writeString(tmp, report, StandardCharsets.UTF_8);
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(p);
        }
        return written;
    }
}
