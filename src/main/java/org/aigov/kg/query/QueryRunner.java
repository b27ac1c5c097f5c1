package org.aigov.kg.query;

import org.aigov.kg.source.UnionView;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Runs a query, with its parameters bound, on a local dataset (default graph = union of the named
 * graphs) or on a remote SPARQL endpoint.
 *
 * <pre>
 * try (QueryRunner runner = QueryRunner.local(buildResult.dataset())) {
 *     QueryResult r = runner.run(query, Map.of("country", NodeFactory.createURI(".../id/country/japan")));
 * }
 * </pre>
 */
public abstract sealed class QueryRunner implements AutoCloseable {

    /** Runs {@code query} with {@code bindings} substituted for the variables of the same names. */
    public abstract QueryResult run(Query query, Map<String, Node> bindings);

    /** A runner over an in-memory or TDB2 dataset; a text index is built the first time a query needs one. */
    public static QueryRunner local(Dataset dataset) {
        return new Local(dataset);
    }

    /** A runner that sends queries to {@code endpointUrl} (SPARQL 1.1 protocol), waiting at most {@code timeoutSeconds}. */
    public static QueryRunner remote(String endpointUrl, long timeoutSeconds) {
        return new Remote(endpointUrl, timeoutSeconds);
    }

    @Override
    public void close() {}

    /** Executes and reads the whole answer while the execution is open. */
    static QueryResult collect(QueryExecution qe, Query query) {
        if (query.isSelectType()) return new QueryResult.Rows(ResultSetFactory.copyResults(qe.execSelect()));
        if (query.isAskType()) return new QueryResult.Answer(qe.execAsk());
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(query.getPrefixMapping());
        if (query.isConstructType()) model.add(qe.execConstruct());
        else if (query.isDescribeType()) model.add(qe.execDescribe());
        else throw new BadInputException("query", "only SELECT, ASK, CONSTRUCT and DESCRIBE can be run");
        return new QueryResult.Graph(model);
    }

    /** Local execution over the union view of a dataset. */
    static final class Local extends QueryRunner {
        private final Dataset base;
        private final Dataset view;
        private TextIndex textIndex;

        Local(Dataset base) {
            this.base = base;
            this.view = Txn.calculateRead(base, () -> UnionView.dataset(base));
        }

        @Override
        public QueryResult run(Query query, Map<String, Node> bindings) {
            TextIndex index = usesTextSearch(query) ? textIndex() : null;
            return Txn.calculateRead(base, () -> {
                QueryExecutionBuilder b = QueryExecution.create().query(query).dataset(view);
                bindings.forEach((name, node) -> b.substitution(name, view.getDefaultModel().asRDFNode(node)));
                if (index != null) b.set(TextQuery.textIndex, index);
                try (QueryExecution qe = b.build()) {
                    return collect(qe, query);
                }
            });
        }

        private synchronized TextIndex textIndex() {
            if (textIndex == null) textIndex = TextSearchIndex.build(base);
            return textIndex;
        }

        private static boolean usesTextSearch(Query query) {
            return query.serialize().contains(TextQuery.NS);
        }

        @Override
        public void close() {
            if (textIndex != null) textIndex.close();
        }
    }

    /** Remote execution over HTTP; the server's own default graph is used as it is. */
    static final class Remote extends QueryRunner {
        private final String endpoint;
        private final long timeoutSeconds;

        Remote(String endpoint, long timeoutSeconds) {
            this.endpoint = endpoint;
            this.timeoutSeconds = timeoutSeconds;
        }

        @Override
        public QueryResult run(Query query, Map<String, Node> bindings) {
            var b = QueryExecutionHTTP.service(endpoint).query(query).timeout(timeoutSeconds, TimeUnit.SECONDS);
            bindings.forEach((name, node) -> b.substitution(name, ModelFactory.createDefaultModel().asRDFNode(node)));
            try (QueryExecution qe = b.build()) {
                return collect(qe, query);
            } catch (BadInputException e) {
                throw e;
            } catch (RuntimeException e) {
                throw explain(e);
            }
        }

        /** A failure the user can act on: the endpoint is down, slow, or refused the query. */
        private RuntimeException explain(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConnectException) return new BadInputException(endpoint, "cannot connect to the endpoint");
                if (t instanceof HttpTimeoutException) return new BadInputException(endpoint, "no answer within " + timeoutSeconds + " s");
            }
            if (e instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                String message = http.getResponseMessage();
                return new BadInputException(endpoint, "the endpoint answered HTTP " + http.getStatusCode()
                        + (message == null || message.isBlank() ? "" : ": " + oneLine(message)));
            }
            if (e instanceof QueryExceptionHTTP || e instanceof IllegalArgumentException) {
                Throwable root = e;
                while (root.getCause() != null) root = root.getCause();
                return new BadInputException(endpoint, "cannot query the endpoint: " + oneLine(String.valueOf(root.getMessage())));
            }
            return e;
        }

        /** First line, and short: some messages carry the whole request URL. */
        private static String oneLine(String message) {
            String line = message.strip().split("\\R", 2)[0];
            return line.length() > 200 ? line.substring(0, 199) + "…" : line;
        }
    }
}
