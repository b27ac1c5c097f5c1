package org.aigov.kg.read;

import java.util.List;
import java.util.Map;

/** Metadata from a statement's optional YAML front matter; absent values are null or empty. */
public record FrontMatter(String id, String title, String date, String place, String source,
                          String language, List<String> parties, Map<String, Object> unknown) {
    public static final FrontMatter NONE = new FrontMatter(null, null, null, null, null, null, List.of(), Map.of());
}
