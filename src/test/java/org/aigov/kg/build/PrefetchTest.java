package org.aigov.kg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.aigov.kg.BadInputException;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void inTheBackgroundTheWorkStartsWithoutBeingAskedAndRunsOnce() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        Prefetch<String> p = Prefetch.start(() -> { runs.incrementAndGet(); ranOn.set(Thread.currentThread()); return "done"; }, true);
        for (int i = 0; i < 2_000 && ranOn.get() == null; i++) Thread.sleep(5); // nobody has asked for it yet
        assertEquals("done", p.get());
        assertEquals(1, runs.get());
        assertEquals("done", p.get()); // asking again runs nothing again
        assertNotSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void onOneThreadTheWorkWaitsUntilItsResultIsWanted() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Prefetch<String> p = Prefetch.start(() -> { ranOn.set(Thread.currentThread()); return "done"; }, false);
        assertEquals(null, ranOn.get());
        assertEquals("done", p.get());
        assertSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void theWorksOwnExceptionIsRethrownAsThrown() {
        BadInputException bad = new BadInputException(java.nio.file.Path.of("ontology"), "no such ontology directory");
        for (boolean background : new boolean[] {true, false}) {
            Prefetch<String> p = Prefetch.start(() -> { throw bad; }, background);
            assertSame(bad, assertThrows(BadInputException.class, p::get));
        }
    }
}
