package org.aigov.kg.interpret;

import org.apache.jena.graph.Node;

/** One relation read from a sentence, e.g. (working group, aigo:coChairedBy, Japan) from sentence 14. */
public record Fact(String subject, String property, Node object, int sentence) {}
