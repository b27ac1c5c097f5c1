package org.aigov.kg.store;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Something that can stream the knowledge graph's quads: the statement loader, an RDF dump,
 * or a test fixture. Throws {@link org.aigov.kg.BadInputException} for input the user can fix.
 */
@FunctionalInterface
public interface QuadSource {
    /** Sends every quad to {@code out}; does not call {@code start()}/{@code finish()}. */
    void emit(StreamRDF out);

    /** True when no quad is ever sent twice, so a store need not check for repeats afterwards. */
    default boolean distinct() {
        return false;
    }

    /** {@code source}, declared to send each quad once (a built dataset is a set of quads). */
    static QuadSource distinct(QuadSource source) {
        return new QuadSource() {
            @Override public void emit(StreamRDF out) { source.emit(out); }

            @Override public boolean distinct() { return true; }
        };
    }
}
