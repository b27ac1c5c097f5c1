package org.aigov.kg.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigov.kg.BadInputException;

/**
 * Where an export goes: standard output, or files written to a temporary name and moved into
 * place only when complete, so a failed export never leaves half a file.
 */
public final class ExportFiles {
    private ExportFiles() {}

    /**
     * The files a writer will produce for {@code out}: the file itself for one-part formats; for
     * multi-part formats (CSV) {@code DIR/nodes.csv} when out is a directory (or ends with a
     * separator), else {@code PREFIX-nodes.csv} next to the given prefix.
     */
    public static Map<String, Path> targets(NetworkWriter writer, Path out, boolean looksLikeDirectory) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String part : writer.parts()) {
            if (part.isEmpty()) {
                files.put(part, out);
            } else if (looksLikeDirectory || Files.isDirectory(out)) {
                files.put(part, out.resolve(part + writer.extension()));
            } else {
                files.put(part, out.resolveSibling(out.getFileName() + "-" + part + writer.extension()));
            }
        }
        return files;
    }

    /** Writes to the targets through temporary files, then moves each into place. */
    public static List<Path> write(NetworkWriter writer, Network network, Path out, boolean looksLikeDirectory) throws IOException {
        Map<String, Path> targets = targets(writer, out, looksLikeDirectory);
        Map<String, Path> temps = new LinkedHashMap<>();
        try {
            for (var t : targets.entrySet()) {
                Path parent = t.getValue().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                temps.put(t.getKey(), Files.createTempFile(parent, "." + t.getValue().getFileName(), ".tmp"));
            }
            writer.write(network, part -> {
                Path temp = temps.get(part);
                if (temp == null) throw new IllegalStateException(writer.format() + " wrote an undeclared part " + part);
                return Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            });
            List<Path> written = new ArrayList<>();
            for (var t : targets.entrySet()) {
                move(temps.get(t.getKey()), t.getValue());
                written.add(t.getValue());
            }
            return written;
        } finally {
            for (Path temp : temps.values()) Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a one-part format to a stream the caller keeps open (standard output). */
    public static void writeTo(NetworkWriter writer, Network network, OutputStream stream) throws IOException {
        if (writer.parts().size() != 1) {
            throw new BadInputException("--out", writer.format() + " writes " + writer.parts().size()
                    + " files (" + String.join(", ", writer.parts()) + "): give --out DIR/ or --out PREFIX");
        }
        Writer shared = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write(network, part -> new FilterWriter(shared) {
            @Override
            public void close() throws IOException {
                flush(); // the stream belongs to the caller
            }
        });
        shared.flush();
    }
}
