package org.aigov.kg.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admission control: at most N queries run at once; a query beyond that waits up to a short
 * time for a place, and is otherwise turned away (the caller answers 503 with Retry-After).
 */
public final class QueryAdmission {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final Semaphore places;
    private final int size;
    private final Duration wait;

    public QueryAdmission(int maxConcurrent, Duration wait) {
        this.places = new Semaphore(maxConcurrent, true);
        this.size = maxConcurrent;
        this.wait = wait;
    }

    /** Waits for a place; false when none freed up in time. */
    public boolean enter() {
        try {
            return places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives the place back; call once for every successful {@link #enter}. */
    public void leave() { places.release(); }

    public int size() { return size; }

    /** Queries running now. */
    public int running() { return size - places.availablePermits(); }

    /** Seconds a turned-away client should wait before trying again. */
    public long retryAfterSeconds() { return Math.max(1, wait.toSeconds()); }

    public String refusal() {
        return "The server is answering " + size + " queries already and none finished within " + wait.toMillis()
                + " ms; try again in " + retryAfterSeconds() + " s.";
    }
}
