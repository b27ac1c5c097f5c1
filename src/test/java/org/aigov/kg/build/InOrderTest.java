package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsArriveInInputOrderWhateverFinishesFirst() {
        List<Integer> seen = new ArrayList<>();
        InOrder.map(ITEMS, 4, i -> {
            if (i % 7 == 0) sleep(2); // some items finish after later ones
            return i * 10;
        }, seen::add);
        assertEquals(ITEMS.stream().map(i -> i * 10).toList(), seen);
    }

    @Test
    void theFirstFailureInInputOrderIsRethrownAsItWasThrown() {
        IllegalArgumentException early = new IllegalArgumentException("item 3");
        List<Integer> seen = new ArrayList<>();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> InOrder.map(ITEMS, 4, i -> {
            if (i == 3) { sleep(20); throw early; } // fails last in time, first in order
            if (i == 5) throw new IllegalStateException("item 5");
            return i;
        }, seen::add));
        assertSame(early, thrown);
        assertEquals(List.of(0, 1, 2), seen, "results before the failure are delivered, none after");
    }

    @Test
    void oneThreadRunsOnTheCallersThread() {
        List<String> threads = new ArrayList<>();
        InOrder.map(List.of(1, 2), 1, i -> Thread.currentThread().getName(), threads::add);
        assertEquals(List.of(Thread.currentThread().getName(), Thread.currentThread().getName()), threads);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
