package org.aigov.kg.check;

import org.aigov.kg.vocab.Iris;
import org.aigov.kg.vocab.Prefixes;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/** Writes nodes and paths with the project's usual prefixes (aigo:, id:, sa:, nif: ...), so reports stay short. */
public final class CompactNames {
    private final PrefixMapping prefixes;

    public CompactNames(PrefixMapping prefixes) { this.prefixes = prefixes; }

    /** The prefixes of docs/MODEL.md, with the resource base as {@code id:}. */
    public static CompactNames standard(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefixes(Prefixes.forBase(base));
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.setNsPrefix("aigosh", "https://w3id.org/aigov/shapes#");
        return new CompactNames(pm);
    }

    public static CompactNames standard() { return standard(Iris.DEFAULT_BASE); }

    /** The prefixes themselves, e.g. for writers of Turtle and TriG. */
    public PrefixMapping prefixMapping() { return prefixes; }

    /** A node as prefix:local when a prefix fits (local parts with '/' included), else in Turtle syntax. */
    public String node(Node n) {
        if (n == null) return "-";
        if (n.isURI()) {
            String iri = n.getURI();
            String best = null;
            for (var e : prefixes.getNsPrefixMap().entrySet()) {
                String ns = e.getValue();
                if (iri.startsWith(ns) && iri.length() > ns.length() && (best == null || ns.length() > prefixes.getNsPrefixURI(best).length())) {
                    best = e.getKey();
                }
            }
            if (best != null) return best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
            return "<" + iri + ">";
        }
        if (n.isBlank()) return "[]";
        if (n.isLiteral()) return literal(n);
        return FmtUtils.stringForNode(n, prefixes);
    }

    /** Literals always show their datatype (a wrong datatype is a common violation), strings and tagged ones aside. */
    private String literal(Node n) {
        String quoted = FmtUtils.stringEsc(n.getLiteralLexicalForm(), true);
        if (!n.getLiteralLanguage().isEmpty()) return "\"" + quoted + "\"@" + n.getLiteralLanguage();
        String datatype = n.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSD_STRING)) return "\"" + quoted + "\"";
        return "\"" + quoted + "\"^^" + node(org.apache.jena.graph.NodeFactory.createURI(datatype));
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    public String path(Path path) {
        if (path == null) return "-";
        return PathWriter.asString(path, new org.apache.jena.sparql.core.Prologue(prefixes));
    }
}
