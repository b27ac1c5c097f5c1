package org.aigov.kg.bench;

/** A query sent by the load driver: its name (for reports) and its SPARQL text, parameters already bound. */
public record NamedQuery(String name, String sparql) {}
