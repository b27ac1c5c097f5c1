package org.aigov.kg.server;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;

/**
 * In front of ARQ's parser: a query nested so deeply that parsing overflows the stack
 * (20,000 brackets) is a parse error with a plain reason, not the name of a Java error.
 */
public final class DeepQueryRefusal extends ArqParserFront {
    public static final String MESSAGE = "The query is nested too deeply (brackets or groups inside one another) for this server to process.";

    private DeepQueryRefusal(SPARQLParserFactory parsers) {
        super(parsers);
    }

    private static boolean installed;

    /**
     * Wraps the parser installed for {@link Syntax#syntaxARQ}, once per JVM (install it before
     * {@link ParsedQueryCache}, which then wraps this); calling it again changes nothing.
     */
    public static synchronized void install() {
        if (installed) return;
        SPARQLParserRegistry.addFactory(Syntax.syntaxARQ, new DeepQueryRefusal(SPARQLParserRegistry.findFactory(Syntax.syntaxARQ)));
        installed = true;
    }

    @Override
    Query parse(SPARQLParser parser, Query query, String text) {
        try {
            return parser.parse(query, text);
        } catch (StackOverflowError e) {
            throw new QueryParseException(MESSAGE, -1, -1);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) throw new QueryParseException(MESSAGE, -1, -1);
            throw e;
        }
    }
}
