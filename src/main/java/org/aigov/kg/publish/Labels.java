package org.aigov.kg.publish;

import java.util.List;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Picks the label of a resource in a language, falling back to English, then any label, then the IRI's last segment. */
public final class Labels {
    private static final Node RDFS_LABEL = RDFS.label.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node ACRONYM = AIGO.acronym.asNode();
    private static final Node TITLE = org.apache.jena.vocabulary.DCTerms.title.asNode();

    private final Graph graph;
    private final String lang;

    public Labels(Graph graph, String lang) {
        this.graph = graph;
        this.lang = lang;
    }

    public String lang() { return lang; }

    /** The label text, never null. */
    public String of(Node n) {
        String s = find(n);
        return s != null ? s : fallback(n);
    }

    /** The label when the resource has one, else null. */
    public String find(Node n) {
        if (!n.isURI() && !n.isBlank()) return null;
        for (Node p : List.of(RDFS_LABEL, PREF_LABEL, TITLE)) {
            String s = pick(n, p, lang);
            if (s != null) return s;
        }
        for (Node p : List.of(RDFS_LABEL, PREF_LABEL, TITLE)) {
            String s = pick(n, p, "en");
            if (s == null) s = pick(n, p, "");
            if (s == null) s = pick(n, p, null);
            if (s != null) return s;
        }
        return pick(n, ACRONYM, null);
    }

    /** A literal of (n, p) in the language; "" = no language tag; null = any. Lowest lexical form wins, for stable pages. */
    public String pick(Node n, Node p, String language) {
        String best = null;
        var it = graph.find(n, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Node o = t.getObject();
                if (!o.isLiteral()) continue;
                String tag = o.getLiteralLanguage();
                boolean ok = language == null || tag.equalsIgnoreCase(language)
                        || (!language.isEmpty() && tag.toLowerCase().startsWith(language + "-"));
                if (!ok) continue;
                String lex = o.getLiteralLexicalForm();
                if (best == null || lex.compareTo(best) < 0) best = lex;
            }
        } finally {
            it.close();
        }
        return best;
    }

    /** The last path or fragment segment of an IRI, or the literal's text. */
    public static String fallback(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        if (cut < 0 || cut == trimmed.length() - 1) return iri;
        String last = trimmed.substring(cut + 1);
        // statement-local resources end in a number ("…/sentence/7", "…/mention/40-45"): name them "sentence 7"
        int prev = trimmed.lastIndexOf('/', cut - 1);
        if (last.matches("\\d+(-\\d+)?") && prev >= 0 && trimmed.charAt(cut) == '/') {
            return trimmed.substring(prev + 1, cut) + " " + last;
        }
        return last;
    }

    public static Node iri(String s) { return NodeFactory.createURI(s); }
}
