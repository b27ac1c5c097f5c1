package org.aigov.kg.server;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;

/**
 * Remembers parsed queries by their text. Endpoints see the same query text again and again
 * (the query page's examples, dashboards, the analysts' named queries), and ARQ's parser is
 * slow for it: its lexer is one method too large for the JIT to compile, about 0.5 ms per
 * named query. Installed for ARQ's syntax, which Fuseki parses with; each parse returns a
 * {@link QueryCopy} of the remembered query, so callers may change and run it freely.
 * Parse errors are not remembered, nor queries with a sub-query or longer than
 * {@value #MAX_CHARS} characters; at most {@value #MAX_ENTRIES} queries are.
 */
public final class ParsedQueryCache extends ArqParserFront {
    static final int MAX_ENTRIES = 1_000;
    static final int MAX_CHARS = 16 * 1024;

    private final Cache<String, Query> parsed = CacheFactory.createCache(MAX_ENTRIES);

    private ParsedQueryCache(SPARQLParserFactory parsers) {
        super(parsers);
    }

    /** Puts the cache in front of ARQ's parser for {@link Syntax#syntaxARQ}; calling it again changes nothing. */
    public static synchronized void install() {
        SPARQLParserFactory current = SPARQLParserRegistry.findFactory(Syntax.syntaxARQ);
        if (current instanceof ParsedQueryCache) return;
        SPARQLParserRegistry.addFactory(Syntax.syntaxARQ, new ParsedQueryCache(current));
    }

    @Override
    Query parse(SPARQLParser parser, Query query, String text) {
        // Only a fresh query is the same as a remembered one; one with its own prefixes or type is parsed as usual.
        if (text.length() > MAX_CHARS || !query.isUnknownType() || query.getPrefixMapping().numPrefixes() > 0)
            return parser.parse(query, text);
        String key = query.getBaseURI() + "\n" + text;
        Query known = parsed.getIfPresent(key);
        if (known != null) return QueryCopy.of(known);
        Query fresh = parser.parse(query, text);
        if (!QueryCopy.copiable(text, fresh)) return fresh;
        Query kept = QueryCopy.of(fresh);
        kept.getResultVars(); // settles the lazily computed result variables before other threads read it
        parsed.put(key, kept);
        return fresh;
    }
}
