package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a {@link Network} in one file format; registered by name in {@link NetworkFormats}. */
public interface NetworkWriter {

    /** Where a writer's output goes: one named part per file ("" when the format has a single file). */
    @FunctionalInterface
    interface Outputs {
        Writer open(String part) throws IOException;
    }

    /** The name users give to {@code --format}. */
    String format();

    /** File extension with the dot, e.g. ".graphml"; for multi-part formats, of each part. */
    String extension();

    /** The parts this format writes: {@code [""]} for one file, e.g. {@code ["nodes", "edges"]} for CSV. */
    default List<String> parts() {
        return List.of("");
    }

    /** Writes the network; the writer opens each part once, in {@link #parts()} order, and closes it. */
    void write(Network network, Outputs out) throws IOException;
}
