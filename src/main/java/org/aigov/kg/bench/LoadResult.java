package org.aigov.kg.bench;

import java.util.Arrays;
import java.util.List;

/** What one load run measured: requests, errors, elapsed time and the latency distribution. */
public record LoadResult(int clients, long requests, long errors, double seconds, long[] latenciesNanos,
                         List<String> errorSamples) {

    /** This run and another at the same client count, as one: counts and times added, latencies pooled. */
    public LoadResult plus(LoadResult other) {
        long[] lat = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
        System.arraycopy(other.latenciesNanos, 0, lat, latenciesNanos.length, other.latenciesNanos.length);
        List<String> samples = new java.util.ArrayList<>(errorSamples);
        samples.addAll(other.errorSamples.subList(0, Math.min(other.errorSamples.size(), Math.max(0, 5 - samples.size()))));
        return new LoadResult(clients, requests + other.requests, errors + other.errors, seconds + other.seconds, lat, List.copyOf(samples));
    }

    public double throughput() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Latency percentile in milliseconds (p in 0..100) over the successful and failed requests. */
    public double percentileMillis(double p) {
        if (latenciesNanos.length == 0) return Double.NaN;
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }
}
