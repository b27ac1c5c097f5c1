package org.aigov.kg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aigov.kg.BadInputException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;

/**
 * Turns {@code --param name=value} texts into RDF terms for a query's variables, checking names.
 *
 * <p>A value becomes an IRI when written {@code <…>}, as an absolute IRI ({@code https://…}, {@code urn:…})
 * or as a prefixed name whose prefix the query declares ({@code id:country/japan}); anything else
 * is a plain string, which the queries resolve against labels, acronyms and slugs
 * ({@code japan}, {@code OECD}). The terms are bound to the variables, never pasted into query text.
 */
public final class QueryParameters {
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Set<String> IRI_SCHEMES = Set.of("http", "https", "urn", "file", "mailto", "tag", "did");

    private QueryParameters() {}

    /**
     * The variable bindings for {@code query}: every given name must be a declared parameter (or,
     * for a file without {@code # param:} lines, a variable of the query); every required one must be given.
     */
    public static Map<String, Node> bind(NamedQuery named, Query query, Map<String, String> given) {
        Set<String> allowed = allowedNames(named, query);
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey().strip();
            if (!allowed.contains(name)) {
                throw new BadInputException(named.name(), "unknown parameter '" + name + "'; "
                        + (allowed.isEmpty() ? "this query takes none" : "it takes " + String.join(", ", allowed)));
            }
            QueryParam.Kind kind = named.param(name).map(QueryParam::kind).orElse(QueryParam.Kind.TERM);
            bindings.put(name, toNode(name, e.getValue(), kind, query.getPrefixMapping()));
        }
        List<String> missing = named.params().stream()
                .filter(p -> !p.optional() && !bindings.containsKey(p.name()))
                .map(p -> "--param " + p.name() + "=… (" + p.description() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(named.name(), "missing required parameter: " + String.join("; ", missing));
        }
        return bindings;
    }

    private static Set<String> allowedNames(NamedQuery named, Query query) {
        if (!named.params().isEmpty()) {
            return named.params().stream().map(QueryParam::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }
        // An ad-hoc file without a header: any variable it uses may be bound.
        // (read from Jena's own serialisation, which spells every variable, filters included, as ?name)
        Set<String> vars = new TreeSet<>();
        java.util.regex.Matcher m = VARIABLE.matcher(query.serialize());
        while (m.find()) vars.add(m.group(1));
        return vars;
    }

    /** One value as the RDF term the query will see. */
    public static Node toNode(String name, String raw, QueryParam.Kind kind, PrefixMapping prefixes) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) throw new BadInputException(name, "empty value for parameter '" + name + "'");
        switch (kind) {
            case LITERAL:
                return NodeFactory.createLiteralString(value);
            case INTEGER:
                if (!value.matches("[+-]?\\d{1,18}")) {
                    throw new BadInputException(name, "parameter '" + name + "' must be a whole number, not '" + value + "'");
                }
                return NodeFactory.createLiteralDT(value.replaceFirst("^\\+", ""), XSDDatatype.XSDinteger);
            default:
                return term(name, value, prefixes);
        }
    }

    private static Node term(String name, String value, PrefixMapping prefixes) {
        if (value.startsWith("<") && value.endsWith(">")) return iri(name, value.substring(1, value.length() - 1));
        if (SCHEME.matcher(value).matches() && !value.contains(" ")) {
            String prefix = value.substring(0, value.indexOf(':'));
            String ns = prefixes.getNsPrefixURI(prefix);
            if (ns != null) return iri(name, ns + value.substring(prefix.length() + 1));
            if (value.contains("://") || IRI_SCHEMES.contains(prefix.toLowerCase(java.util.Locale.ROOT))) return iri(name, value);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String name, String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute()) throw new IRIException("not absolute");
            return NodeFactory.createURI(parsed.str());
        } catch (IRIException e) {
            throw new BadInputException(name, "parameter '" + name + "': '" + iri + "' is not a valid absolute IRI");
        }
    }
}
