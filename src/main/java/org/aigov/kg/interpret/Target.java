package org.aigov.kg.interpret;

import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;

/** A quantified goal with a deadline: "500 … professionals from India to Japan by 2030". */
public record Target(int number, long quantity, int year, String description, Entity from, Entity to, Entity setAt,
                     Span span, int sentence) {}
