package org.aigov.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The expensive queries of the hostile soak, read from {@value #RESOURCE} (one query a line, # comments). */
public final class HostileQueries {
    static final String RESOURCE = "/org/aigov/kg/bench/hostile-queries.rq";

    private HostileQueries() {}

    public static List<NamedQuery> load() throws IOException {
        try (InputStream in = HostileQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("missing resource " + RESOURCE);
            List<NamedQuery> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(new NamedQuery("hostile-" + (out.size() + 1), line.strip()));
            }
            return out;
        }
    }
}
