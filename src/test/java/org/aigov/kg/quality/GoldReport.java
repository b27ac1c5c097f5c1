package org.aigov.kg.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Writes the evaluation report to target/gold-report.txt and, on the team machine, /work/gold-report.txt. */
final class GoldReport {
    private GoldReport() {}

    /** Where the report goes: always target/, and /work when that shared directory exists and is writable. */
    static List<Path> destinations() {
        List<Path> out = new ArrayList<>(List.of(Path.of("target", "gold-report.txt")));
        Path shared = Path.of("/work");
        if (Files.isDirectory(shared) && Files.isWritable(shared)) {
            out.add(shared.resolve("gold-report.txt"));
        }
        return out;
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
