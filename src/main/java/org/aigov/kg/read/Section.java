package org.aigov.kg.read;

/** A numbered (or ordered) section heading of a statement: becomes a priority area. */
public record Section(int number, String title, Span span) {}
