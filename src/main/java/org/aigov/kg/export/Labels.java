package org.aigov.kg.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** All labels of each resource by language, and the one to show for a chosen language. */
final class Labels {
    private final Map<String, Map<String, String>> byNode = new HashMap<>();

    /** Keeps, per language, the lexically smallest label so the choice is stable. */
    void add(String node, String lang, String label) {
        byNode.computeIfAbsent(node, k -> new TreeMap<>())
                .merge(lang.toLowerCase(java.util.Locale.ROOT), label, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** The label in lang, else English, else untagged, else any; null when the node has none. */
    String pick(String node, String lang) {
        Map<String, String> all = byNode.get(node);
        if (all == null) return null;
        for (String l : List.of(lang, "en", "")) {
            String found = all.get(l);
            if (found != null) return found;
        }
        return all.values().iterator().next();
    }

    /** Every label of the node keyed by language tag ("" for none), in tag order. */
    Map<String, String> all(String node) {
        return byNode.getOrDefault(node, Map.of());
    }

}
