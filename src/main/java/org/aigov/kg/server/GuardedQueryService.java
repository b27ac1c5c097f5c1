package org.aigov.kg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query handler with the server's rules applied after parsing and before
 * execution: SERVICE is refused with 400 (no outbound connection is ever made), so is apf:strSplit
 * (a regular expression without a time bound), and SELECT
 * results are capped at the configured number of rows (header {@value #ROW_CAP_HEADER}).
 * REGEX and REPLACE are bounded by the dataset's context ({@link org.aigov.kg.security.BoundedRegex#install}).
 */
public final class GuardedQueryService extends SPARQL_QueryDataset {
    public static final String ROW_CAP_HEADER = "X-Aigov-Row-Cap";
    public static final String SERVICE_REFUSED = "SERVICE is not allowed: this endpoint answers from its own data only and makes no outbound requests.";

    public static final String STRSPLIT_REFUSED = "apf:strSplit is not allowed: it splits on a regular expression that the query timeout cannot interrupt. "
            + "Use REGEX, REPLACE or STRBEFORE/STRAFTER, which are bounded.";

    private final long maxRows;

    public GuardedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryGuards.Refusal refusal = QueryGuards.refusal(query);
        if (refusal == QueryGuards.Refusal.SERVICE) ServletOps.errorBadRequest(SERVICE_REFUSED);
        if (refusal == QueryGuards.Refusal.STRSPLIT) ServletOps.errorBadRequest(STRSPLIT_REFUSED);
        if (QueryGuards.capRows(query, maxRows)) action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
    }
}
