package org.aigov.kg.publish;

import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;

/**
 * Where a page links for an IRI: minted resources to their local {@code /id/…} page, ontology
 * terms and vocabulary concepts to their anchor in the ontology reference, Wikidata entities
 * to Wikidata, other http(s) IRIs to themselves.
 */
public final class Linker {
    private final String base;
    private final boolean local;
    private final String langParam;

    /**
     * @param base      the resource IRI base, e.g. https://w3id.org/aigov/id/
     * @param local     link minted IRIs to this server's /id/ paths (false: to the IRIs themselves)
     * @param langParam a ?lang value to carry along local links, or null
     */
    public Linker(String base, boolean local, String langParam) {
        this.base = base;
        this.local = local;
        this.langParam = langParam;
    }

    /** The href for an IRI, or null when it should not be a link (not http/https). */
    public String href(String iri) {
        if (local && iri.startsWith(base) && iri.length() > base.length()) {
            return withLang("/id/" + iri.substring(base.length()));
        }
        if (iri.startsWith(AIGO.NS) || iri.startsWith(AIGO.VOCAB) || iri.equals(AIGO.ONTOLOGY_IRI)) {
            String page = local ? withLang("/ontology") : "";
            return page + "#" + anchor(iri);
        }
        if (iri.startsWith("http://www.wikidata.org/entity/")) {
            return "https://www.wikidata.org/wiki/" + iri.substring("http://www.wikidata.org/entity/".length());
        }
        if (iri.startsWith("http://") || iri.startsWith("https://")) return iri;
        return null;
    }

    /** Whether the IRI is one of ours, served by this site. */
    public boolean isOwn(String iri) {
        return iri.startsWith(base) || iri.startsWith(AIGO.NS) || iri.startsWith(AIGO.VOCAB);
    }

    public String withLang(String path) {
        if (langParam == null) return path;
        return path + (path.contains("?") ? "&" : "?") + "lang=" + langParam;
    }

    /** The HTML id of a term in the ontology reference: aigo:Country → Country, sa:reaffirm → speech-act-reaffirm. */
    public static String anchor(String iri) {
        if (iri.startsWith(AIGO.NS)) return iri.substring(AIGO.NS.length());
        if (iri.startsWith(AIGO.VOCAB)) return Iris.slug(iri.substring(AIGO.VOCAB.length()));
        if (iri.equals(AIGO.ONTOLOGY_IRI)) return "top";
        return "x-" + Iris.slug(iri);
    }
}
