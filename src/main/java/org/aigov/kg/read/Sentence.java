package org.aigov.kg.read;

/** One sentence: its 1-based number, exact span in the source and the priority area it sits under (0 = none). */
public record Sentence(int number, Span span, String text, int area) {}
