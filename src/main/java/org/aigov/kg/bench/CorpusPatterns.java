package org.aigov.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentence patterns and word lists of the synthetic corpus, read from a "[section]" resource file. */
public final class CorpusPatterns {
    static final String RESOURCE = "/org/aigov/kg/bench/corpus-patterns.txt";

    private final Map<String, List<String>> sections;

    private CorpusPatterns(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** Loads the patterns shipped in the jar. */
    public static CorpusPatterns load() {
        try (InputStream in = CorpusPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusPatterns parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("[") && t.endsWith("]")) {
                current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(t);
            }
        }
        return new CorpusPatterns(out);
    }

    /** The entries of one section, in file order; fails loudly on a missing section (a broken resource). */
    public List<String> list(String section) {
        List<String> l = sections.get(section);
        if (l == null || l.isEmpty()) throw new IllegalStateException("corpus patterns lack section [" + section + "]");
        return Collections.unmodifiableList(l);
    }
}
