package org.aigov.kg.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Feeds a {@link TextIndexer} on a thread of its own: the stream hands over the quads and goes on
 * storing, so Lucene's work runs on the other core at the same time. {@link #finish} waits for the
 * index to be committed and rethrows the indexer's failure as it was thrown.
 */
final class IndexingInBackground implements AutoCloseable {
    private static final Quad END = Quad.create(NodeFactory.createURI("urn:aigov:end-of-quads"), Triple.ANY);
    private final BlockingQueue<Quad> handedOver = new ArrayBlockingQueue<>(8192);
    private final FutureTask<Void> indexing;
    private final Thread thread;

    IndexingInBackground(TextIndexer indexer) {
        this.indexing = new FutureTask<>(() -> {
            for (Quad q = handedOver.take(); q != END; q = handedOver.take()) indexer.add(q);
            indexer.commit();
            return null;
        });
        this.thread = new Thread(indexing, "aigov-text-index");
        thread.setDaemon(true); // never keeps the JVM alive after a failed load
        thread.start();
    }

    /** A stream that hands each quad to the indexer and passes it on to {@code out}. */
    StreamRDF passingTo(StreamRDF out) {
        return TextIndexer.tapped(out, this::handOver);
    }

    private void handOver(Quad quad) {
        if (!TextIndexer.indexes(quad)) return; // most quads are not text: keep them off the queue
        try {
            while (!handedOver.offer(quad, 100, TimeUnit.MILLISECONDS)) {
                if (indexing.isDone()) finish(); // the indexer stopped early: its failure is the error to report
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** Waits until every quad handed over is indexed and committed. */
    void finish() {
        try {
            // Never block on a full queue: an indexer that stopped early takes nothing more.
            while (!indexing.isDone() && !handedOver.offer(END, 100, TimeUnit.MILLISECONDS)) { /* wait for room */ }
            indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("text indexing failed", e.getCause());
        }
    }

    /** Stops the indexer if the load failed before {@link #finish}. */
    @Override
    public void close() {
        if (indexing.isDone()) return;
        thread.interrupt();
        try {
            indexing.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException ignored) {
            // the load has already failed; its own error is the one reported
        }
    }
}
