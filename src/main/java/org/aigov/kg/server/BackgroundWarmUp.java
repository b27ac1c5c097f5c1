package org.aigov.kg.server;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * Loads and links, on a spare core, the classes the server and its first queries need — Jetty,
 * Fuseki, the extensions, ARQ's engine and result writers — while the main thread builds the
 * graph. It serves nothing and binds no port: a server is built on an empty dataset and dropped.
 */
public final class BackgroundWarmUp {
    private BackgroundWarmUp() {}

    /** Starts the warm-up on a daemon thread when there is a second core; returns at once. */
    public static void start(Path queriesDir) {
        if (Runtime.getRuntime().availableProcessors() < 2) return; // on one core it would only compete
        Thread t = new Thread(() -> warmUp(queriesDir), "aigov-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warmUp(Path queriesDir) {
        try {
            JenaSystem.init();
            Dataset empty = DatasetFactory.createTxnMem();
            AigovServer.builder().dataset(empty.asDatasetGraph()).port(0).queriesDir(queriesDir).extensions(Extensions.all()).build();
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
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: whatever failed here, the main thread does again and reports.
        }
    }
}
