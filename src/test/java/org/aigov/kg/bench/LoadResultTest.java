package org.aigov.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    @Test
    void slicesDrivenInTurnsAddUpToOneRun() {
        LoadResult a = new LoadResult(4, 3, 1, 2.0, new long[] {1_000_000, 2_000_000, 3_000_000}, List.of("q1: HTTP 503"));
        LoadResult b = new LoadResult(4, 1, 0, 2.0, new long[] {9_000_000}, List.of());
        LoadResult both = a.plus(b);
        assertEquals(4, both.requests());
        assertEquals(1, both.errors());
        assertEquals(4.0, both.seconds());
        assertEquals(1.0, both.throughput(), 1e-9, "requests over the summed time, not an average of rates");
        assertEquals(9.0, both.percentileMillis(100), 1e-9, "latencies pooled");
        assertEquals(2.0, both.percentileMillis(50), 1e-9);
        assertEquals(List.of("q1: HTTP 503"), both.errorSamples());
    }
}
