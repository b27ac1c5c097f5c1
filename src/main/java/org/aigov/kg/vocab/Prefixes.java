package org.aigov.kg.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes every published serialisation uses (docs/MODEL.md), with the resource base as {@code id:}. */
public final class Prefixes {
    private Prefixes() {}

    /** Vocabulary prefixes, independent of the resource base. */
    public static Map<String, String> vocabularies() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aigo", AIGO.NS);
        m.put("sa", AIGO.SPEECH_ACT);
        m.put("topic", AIGO.TOPIC);
        m.put("akind", AIGO.AGREEMENT_KIND);
        m.put("str", AIGO.STRENGTH);
        m.put("nif", NIF.NS);
        m.put("itsrdf", NIF.ITSRDF);
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("dct", "http://purl.org/dc/terms/");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("wd", "http://www.wikidata.org/entity/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("schema", "https://schema.org/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        return m;
    }

    /** Vocabulary prefixes plus {@code id:} for the resource base and {@code graph:} for named graphs. */
    public static PrefixMapping forBase(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(vocabularies());
        pm.setNsPrefix("id", base);
        pm.setNsPrefix("graph", AIGO.GRAPH);
        return pm;
    }
}
