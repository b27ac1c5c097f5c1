package org.aigov.kg.publish;

import java.util.List;

/**
 * A sentence of a statement that mentions a resource, with the mention spans relative to the
 * sentence text (Java String indices).
 */
public record SentenceHit(String sentenceIri, String statementIri, String text, List<int[]> spans) {}
