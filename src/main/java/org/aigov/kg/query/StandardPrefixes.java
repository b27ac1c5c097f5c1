package org.aigov.kg.query;

import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.aigov.kg.vocab.NIF;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes of docs/MODEL.md, so tables show {@code sa:decide}, not the whole IRI, whatever the query declares. */
public final class StandardPrefixes {
    private StandardPrefixes() {}

    /** The MODEL.md prefixes, then the query's own (which win when they redefine one). */
    public static PrefixMapping with(PrefixMapping queryPrefixes) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("aigo", AIGO.NS);
        pm.setNsPrefix("id", Iris.DEFAULT_BASE);
        pm.setNsPrefix("sa", AIGO.SPEECH_ACT);
        pm.setNsPrefix("topic", AIGO.TOPIC);
        pm.setNsPrefix("akind", AIGO.AGREEMENT_KIND);
        pm.setNsPrefix("str", AIGO.STRENGTH);
        pm.setNsPrefix("nif", NIF.NS);
        pm.setNsPrefix("itsrdf", NIF.ITSRDF);
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        pm.setNsPrefix("graph", AIGO.GRAPH);
        pm.setNsPrefixes(queryPrefixes);
        return pm;
    }
}
