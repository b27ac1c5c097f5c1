package org.aigov.kg.query;

import org.aigov.kg.vocab.Iris;
import org.aigov.kg.vocab.Prefixes;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes of docs/MODEL.md, so tables show {@code sa:decide}, not the whole IRI, whatever the query declares. */
public final class StandardPrefixes {
    private StandardPrefixes() {}

    /** The MODEL.md prefixes, then the query's own (which win when they redefine one). */
    public static PrefixMapping with(PrefixMapping queryPrefixes) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.forBase(Iris.DEFAULT_BASE));
        pm.setNsPrefixes(queryPrefixes);
        return pm;
    }
}
