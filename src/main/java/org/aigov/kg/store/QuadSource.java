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
}
