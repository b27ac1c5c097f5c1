package org.aigov.kg.bench;

import java.util.Arrays;
import java.util.List;

/** What one load run measured: requests, errors, elapsed time and the latency distribution. */
public record LoadResult(int clients, long requests, long errors, double seconds, long[] latenciesNanos,
                         List<String> errorSamples) {

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
