package org.aigov.kg.recognise;

/**
 * A named thing a statement talks about: from the gazetteer ({@code known}) or discovered in the text.
 * {@code firstSentence} is the sentence that introduced a discovered entity (0 for gazetteer entries).
 */
public record Entity(String iri, Kind kind, String label, String acronym, boolean known, int firstSentence) {}
