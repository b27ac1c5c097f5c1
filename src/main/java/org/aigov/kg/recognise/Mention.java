package org.aigov.kg.recognise;

import org.aigov.kg.read.Span;

/** A stretch of a sentence that names an entity. */
public record Mention(Span span, Entity entity, int sentence) {}
