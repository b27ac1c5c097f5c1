package org.aigov.kg.recognise;

import org.aigov.kg.read.Span;

/** An entity the text itself introduces: its name as written, kind, optional acronym, and where. */
public record Candidate(Span span, String name, Kind kind, String acronym, int sentence) {}
