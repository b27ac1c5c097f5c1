package org.aigov.kg.server;

import org.apache.jena.query.QueryCancelledException;

/** A query was cancelled because what it holds in memory went past its share or the server's budget. */
public final class QueryMemoryExceeded extends QueryCancelledException {
    private final String message;

    QueryMemoryExceeded(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() { return message; }
}
