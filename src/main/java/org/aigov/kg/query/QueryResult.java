package org.aigov.kg.query;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/** What a query answered: rows (SELECT), a graph (CONSTRUCT, DESCRIBE) or yes/no (ASK). */
public sealed interface QueryResult {

    /** The rows of a SELECT, read completely so they outlive the query execution. */
    record Rows(ResultSetRewindable rows) implements QueryResult {}

    /** The graph of a CONSTRUCT or DESCRIBE. */
    record Graph(Model model) implements QueryResult {}

    /** The answer of an ASK. */
    record Answer(boolean yes) implements QueryResult {}
}
