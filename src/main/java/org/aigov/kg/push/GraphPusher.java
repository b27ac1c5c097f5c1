package org.aigov.kg.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Pushes every named graph of a dataset to a SPARQL 1.1 Graph Store Protocol endpoint with
 * HTTP PUT (each graph replaced atomically, so a re-run is idempotent), then checks the remote
 * triple count of each graph with a SPARQL COUNT.
 *
 * <pre>List&lt;PushedGraph&gt; done = new GraphPusher(RemoteStore.at("http://host:3030/aigov")).push(dataset.asDatasetGraph(), System.out::println);</pre>
 */
public final class GraphPusher {
    private static final String COUNT_QUERY = "/org/aigov/kg/push/graph-triple-count.rq";

    private final RemoteStore store;
    private final HttpClient http;

    public GraphPusher(RemoteStore store) {
        this.store = store;
        this.http = new BoundedHttpClient(store);
    }

    /** Pushes the named graphs in IRI order; progress gets one line per graph. */
    public List<PushedGraph> push(DatasetGraph dataset, Consumer<String> progress) throws PushFailure {
        List<Node> names = new ArrayList<>();
        for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) names.add(it.next());
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        List<String> pushed = new ArrayList<>();
        for (Node name : names) {
            Graph g = dataset.getGraph(name);
            try {
                GSP.service(store.graphStoreUrl()).httpClient(http).graphName(name).PUT(g);
            } catch (RuntimeException e) {
                throw failure("PUT of graph <" + name.getURI() + ">", e, pushed);
            }
            pushed.add(name.getURI());
            progress.accept("pushed <" + name.getURI() + "> (" + g.size() + " triples)");
        }
        List<PushedGraph> out = new ArrayList<>();
        for (Node name : names) {
            long local = dataset.getGraph(name).size();
            long remote;
            try {
                remote = remoteCount(name.getURI());
            } catch (RuntimeException e) {
                throw failure("count query for graph <" + name.getURI() + ">", e, pushed);
            }
            out.add(new PushedGraph(name.getURI(), local, remote));
        }
        List<String> wrong = out.stream().filter(p -> !p.verified())
                .map(p -> "<" + p.iri() + "> sent " + p.localTriples() + ", remote holds " + p.remoteTriples()).toList();
        if (!wrong.isEmpty()) {
            throw new PushFailure(PushFailure.Kind.COUNT_MISMATCH,
                    "remote triple counts differ: " + String.join("; ", wrong), pushed, null);
        }
        return out;
    }

    /** The number of triples the remote holds in one named graph. */
    public long remoteCount(String graphIri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(countQueryText());
        q.setIri("graph", graphIri);
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(store.queryUrl()).httpClient(http).query(q.toString()).build()) {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) return 0;
            QuerySolution row = rs.next();
            return row.getLiteral("triples").getLong();
        }
    }

    private static String countQueryText() {
        try (InputStream in = GraphPusher.class.getResourceAsStream(COUNT_QUERY)) {
            if (in == null) throw new IllegalStateException("missing resource " + COUNT_QUERY);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classifies a client exception by its status code or its cause, naming the remote and the step. */
    private PushFailure failure(String step, RuntimeException e, List<String> pushed) {
        String where = " (" + store.graphStoreUrl() + ")";
        if (e instanceof HttpException he && he.getStatusCode() > 0) {
            int code = he.getStatusCode();
            String why = code + (he.getStatusLine() == null ? "" : " " + he.getStatusLine());
            PushFailure.Kind kind = code >= 500 ? PushFailure.Kind.SERVER_ERROR : PushFailure.Kind.REFUSED;
            String hint = code == 401 || code == 403 ? " — check --user/--password-file"
                    : code == 404 || code == 405 ? " — is this a writable Graph Store Protocol endpoint?" : "";
            return new PushFailure(kind, step + " refused by the remote" + where + ": HTTP " + why + hint, pushed, e);
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException) {
                return new PushFailure(PushFailure.Kind.UNREACHABLE, step + " failed: connect timed out after "
                        + store.connectTimeout().toMillis() + " ms" + where, pushed, e);
            }
            if (c instanceof HttpTimeoutException) {
                return new PushFailure(PushFailure.Kind.TIMEOUT, step + " failed: no answer within "
                        + store.readTimeout().toMillis() + " ms" + where, pushed, e);
            }
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new PushFailure(PushFailure.Kind.UNREACHABLE, step + " failed: remote unreachable" + where
                        + ": " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + c.getMessage()), pushed, e);
            }
        }
        return new PushFailure(PushFailure.Kind.SERVER_ERROR, step + " failed" + where + ": " + e.getMessage(), pushed, e);
    }
}
