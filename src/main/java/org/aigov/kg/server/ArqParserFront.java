package org.aigov.kg.server;

import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;

/** A parser factory for ARQ's syntax that sits in front of the one it replaces and decides how each text reaches it. */
abstract class ArqParserFront implements SPARQLParserFactory {
    private final SPARQLParserFactory parsers;

    ArqParserFront(SPARQLParserFactory parsers) {
        this.parsers = parsers;
    }

    /** Parses {@code text} into {@code query}, calling {@code parser} (the replaced one) as needed. */
    abstract Query parse(SPARQLParser parser, Query query, String text);

    @Override
    public boolean accept(Syntax syntax) {
        return Syntax.syntaxARQ.equals(syntax);
    }

    @Override
    public SPARQLParser create(Syntax syntax) {
        SPARQLParser parser = parsers.create(syntax);
        return new SPARQLParser() {
            @Override
            protected Query parse$(Query query, String text) {
                return ArqParserFront.this.parse(parser, query, text);
            }
        };
    }
}
