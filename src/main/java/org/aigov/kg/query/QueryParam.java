package org.aigov.kg.query;

/**
 * One parameter a named query declares in its header ({@code # param: name (optional) — what it is}).
 *
 * @param name        the parameter's name; the query uses it as the variable {@code ?name}
 * @param optional    whether the query runs without it
 * @param kind        how a value given on the command line becomes an RDF term
 * @param description what the analyst should give, as the header says it
 */
public record QueryParam(String name, boolean optional, Kind kind, String description) {

    /** How a parameter's text value becomes an RDF term. */
    public enum Kind {
        /** An IRI ({@code <…>}, an absolute IRI, a prefixed name) or else a string the query resolves (label or slug). */
        TERM,
        /** Always a plain string, even if it looks like an IRI (search words). */
        LITERAL,
        /** An xsd:integer (a year, a count). */
        INTEGER
    }
}
