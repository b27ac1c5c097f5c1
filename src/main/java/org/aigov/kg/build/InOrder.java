package org.aigov.kg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a list on several threads and hands the results back in input order, so the outcome —
 * output and the first error reported — is the same as on one thread.
 */
final class InOrder {
    private InOrder() {}

    /**
     * Applies {@code work} to every item on {@code threads} threads and passes each result to
     * {@code sink} in input order. The first failure in input order is rethrown as it was thrown;
     * work not yet started is then cancelled.
     */
    static <T, R> void map(List<T> items, int threads, Function<T, R> work, Consumer<R> sink) {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) sink.accept(work.apply(item));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemon());
        try {
            List<Future<R>> results = new ArrayList<>(items.size());
            for (T item : items) results.add(pool.submit(() -> work.apply(item)));
            for (int i = 0; i < results.size(); i++) {
                sink.accept(await(results.get(i)));
                results.set(i, null); // the sink has it now; let it go
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result, or the work's own exception as it was thrown. */
    static <R> R await(Future<R> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Worker threads never keep the JVM alive after a failed build. */
    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "aigov-build");
            t.setDaemon(true);
            return t;
        };
    }
}
