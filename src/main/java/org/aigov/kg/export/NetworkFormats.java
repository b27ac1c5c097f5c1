package org.aigov.kg.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registry of export formats: one line per format. */
public final class NetworkFormats {
    private static final Map<String, NetworkWriter> WRITERS = new LinkedHashMap<>();

    static {
        register(new GraphMlWriter());
        register(new GexfWriter());
        register(new DotWriter());
        register(new CytoscapeJsonWriter());
        register(new CsvWriter());
    }

    private NetworkFormats() {}

    private static void register(NetworkWriter w) {
        WRITERS.put(w.format(), w);
    }

    public static Optional<NetworkWriter> byName(String format) {
        return Optional.ofNullable(format == null ? null : WRITERS.get(format.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Format names in registration order, for help and error messages. */
    public static java.util.List<String> names() {
        return java.util.List.copyOf(WRITERS.keySet());
    }
}
