package org.aigov.kg.build;

import java.util.Map;
import java.util.TreeMap;

/** What a build produced, for the summary line and the benchmark. */
public record BuildSummary(int statements, int sentences, int clauses, int speakingSentences, Map<String, Integer> entitiesByType,
                           long triples, double seconds, long textChars, int warnings) {

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d statements, %d sentences, %d clauses (in %d sentences), %d triples, %d warnings in %.2f s%n",
                statements, sentences, clauses, speakingSentences, triples, warnings, seconds));
        sb.append("entities:");
        new TreeMap<>(entitiesByType).forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
