package org.aigov.kg.server;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query handler with the server's rules applied after parsing and before
 * execution: SERVICE is refused with 400 (no outbound connection is ever made), so is apf:strSplit
 * (a regular expression without a time bound), and SELECT
 * results are capped at the configured number of rows (header {@value #ROW_CAP_HEADER}).
 * Around execution: admission control (503 with Retry-After when every place stays taken), a
 * memory account per query (503 when it would hold more than its share), and a query too deeply
 * nested for the parser's or optimizer's stack refused with 400.
 * REGEX and REPLACE are bounded by the dataset's context ({@link org.aigov.kg.security.BoundedRegex#install}).
 */
public final class GuardedQueryService extends SPARQL_QueryDataset {
    public static final String ROW_CAP_HEADER = "X-Aigov-Row-Cap";
    public static final String SERVICE_REFUSED = "SERVICE is not allowed: this endpoint answers from its own data only and makes no outbound requests.";

    public static final String STRSPLIT_REFUSED = "apf:strSplit is not allowed: it splits on a regular expression that the query timeout cannot interrupt. "
            + "Use REGEX, REPLACE or STRBEFORE/STRAFTER, which are bounded.";

    private final long maxRows;
    private final QueryMemoryLedger memory;
    private final QueryAdmission admission;
    private final ThreadLocal<QueryMemory> account = new ThreadLocal<>();

    public GuardedQueryService(long maxRows, QueryMemoryLedger memory, QueryAdmission admission) {
        this.maxRows = maxRows;
        this.memory = memory;
        this.admission = admission;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (!admission.enter()) {
            action.getResponse().setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, admission.refusal());
        }
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getRC() >= 400 && e.getRC() < 500 && e.getMessage() != null && e.getMessage().lines().count() > 1)
                ServletOps.error(e.getRC(), PlainReason.oneLine(e.getMessage())); // Fuseki's parse errors span many lines
            throw e;
        } catch (QueryMemoryExceeded e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(DeepQueryRefusal.MESSAGE);
        } finally {
            QueryMemory m = account.get();
            account.remove();
            if (m != null) m.releaseAll();
            admission.leave();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryGuards.Refusal refusal = QueryGuards.refusal(query);
        if (refusal == QueryGuards.Refusal.SERVICE) ServletOps.errorBadRequest(SERVICE_REFUSED);
        if (refusal == QueryGuards.Refusal.STRSPLIT) ServletOps.errorBadRequest(STRSPLIT_REFUSED);
        if (QueryGuards.capRows(query, maxRows)) action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        QueryMemory m = memory.open();
        account.set(m);
        exec.getContext().set(QueryMemory.SYMBOL, m); // read by BudgetedOpExecutor when the plan is built
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        QueryMemory m = exec.getContext().get(QueryMemory.SYMBOL);
        if (requestQuery.isConstructType() && m != null) return new QueryExecResult(exec.constructDataset(new HeldQuads(m)));
        return super.executeQuery(action, exec, requestQuery, queryStringLog);
    }
}
