package org.aigov.kg.build;

import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work started early on a thread of its own, or — on one thread — left for when its result is
 * first wanted. Either way {@link #get} gives the result or rethrows the work's own exception,
 * so errors surface in the order the caller asks for results.
 */
final class Prefetch<T> {
    private final FutureTask<T> task;

    private Prefetch(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    static <T> Prefetch<T> start(Supplier<T> work, boolean inBackground) {
        Prefetch<T> p = new Prefetch<>(work);
        if (inBackground) InOrder.daemon().newThread(p.task).start();
        return p;
    }

    T get() {
        task.run(); // does nothing if the background thread ran it or is running it
        return InOrder.await(task);
    }
}
