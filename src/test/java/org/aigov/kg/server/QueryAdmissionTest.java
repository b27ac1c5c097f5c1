package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** At most N queries at once; the next waits briefly, then is answered 503 with Retry-After. */
class QueryAdmissionTest {

    @Test
    void placesAreCountedAndGivenBack() {
        QueryAdmission a = new QueryAdmission(2, Duration.ofMillis(10));
        assertTrue(a.enter());
        assertTrue(a.enter());
        assertEquals(2, a.running());
        assertFalse(a.enter(), "a third query found a place among two");
        a.leave();
        assertTrue(a.enter());
    }

    @Test
    void aQueryFindingEveryPlaceTakenIsAnswered503WithRetryAfter() throws Exception {
        try (ServerFixture f = new ServerFixture(b -> b.maxConcurrent(1).admissionWait(Duration.ofMillis(200)).timeout(Duration.ofSeconds(3)))) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return f.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }", "application/sparql-results+json");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (f.server.admission().running() == 0 && !slow.isDone()) Thread.sleep(10);
            HttpResponse<String> turnedAway = f.query("ASK {}", "application/sparql-results+json");
            assertEquals(503, turnedAway.statusCode(), turnedAway.body());
            assertTrue(turnedAway.headers().firstValue("Retry-After").isPresent(), "no Retry-After");
            assertTrue(turnedAway.body().contains("try again"), turnedAway.body());
            assertEquals(503, slow.get().statusCode(), "the cross product should have been cut by the timeout");
            assertEquals(200, f.query("ASK {}", "application/sparql-results+json").statusCode(), "the place was not given back");
        }
    }
}
