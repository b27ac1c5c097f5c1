package org.aigov.kg.server;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.aigov.kg.store.TextIndexSpec;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Loads and links, on a spare core, the classes the server and its first queries need — Jetty,
 * Fuseki, the extensions, ARQ's engine and result writers, Lucene's indexing — while the main
 * thread builds the graph. It serves nothing and binds no port: a server is built on an empty
 * dataset, one label is indexed in memory, and both are dropped.
 */
public final class BackgroundWarmUp {
    private BackgroundWarmUp() {}

    /** Starts the warm-up on a daemon thread when there is a second core; returns at once. */
    public static void start(Path queriesDir) {
        if (Runtime.getRuntime().availableProcessors() < 2) return; // on one core it would only compete
        JenaSystem.init(); // here, not on both threads at once: Jena's class initialisation is not built for a race
        Thread t = new Thread(() -> warmUp(queriesDir), "aigov-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warmUp(Path queriesDir) {
        try {
            Dataset empty = DatasetFactory.createTxnMem();
            AigovServer.builder().dataset(empty.asDatasetGraph()).port(0).queriesDir(queriesDir).extensions(Extensions.all()).build();
            indexOneLabel();
            Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
            Query select = QueryFactory.create("SELECT ?s (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s ORDER BY ?s LIMIT 1");
            empty.executeRead(() -> {
                try (QueryExecution qe = QueryExecution.dataset(empty).query(ask).build()) {
                    ResultSetFormatter.outputAsJSON(new ByteArrayOutputStream(), qe.execAsk());
                }
                try (QueryExecution qe = QueryExecution.dataset(empty).query(select).build()) {
                    ResultSetFormatter.outputAsJSON(new ByteArrayOutputStream(), qe.execSelect());
                }
            });
        } catch (RuntimeException | LinkageError | java.io.IOException e) {
            // Only a head start: whatever failed here, the main thread does again and reports.
        }
    }

    private static void indexOneLabel() throws java.io.IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            DatasetGraph indexed = TextIndexSpec.wrap(DatasetGraphFactory.createTxnMem(), dir);
            Node x = NodeFactory.createURI("urn:x-aigov:warm-up");
            Txn.executeWrite(indexed, () -> indexed.add(x, x, RDFS.label.asNode(), NodeFactory.createLiteralLang("warm up", "en")));
            indexed.close();
        }
    }
}
