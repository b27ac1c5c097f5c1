package org.aigov.kg.quality;

import static org.aigov.kg.quality.ScorerFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity scorer on hand-made nodes: types, duplicates, spurious and optional entities, truncated names. */
class EntityScorerTest {
    private final Gold gold = ScorerFixtures.gold();

    @Test
    void allFoundWithRightTypesScoresOne() {
        Score s = EntityScorer.score(gold, List.of(
                entity("e:jp", "Country", "Japan"),
                entity("e:in", "Country", "India", "भारत"),
                entity("e:oecd", "Forum,Organization", "OECD"),           // Organization entailed by Forum
                entity("e:haip", "Framework", "Hiroshima AI Process"),      // an accepted alternative type
                entity("e:sum", "Event", "the AI Summit")));
        assertEquals(5, s.tp(), s.misses().toString());
        assertEquals(0, s.fp());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void wrongTypeDuplicateSpuriousAndMissingAreCountedAndExplained() {
        Score s = EntityScorer.score(gold, List.of(
                entity("e:jp", "Country", "Japan"),
                entity("e:jp2", "Country", "JAPAN"),                        // duplicate node
                entity("e:in", "Organization", "Republic of India"),        // wrong type
                entity("e:oecd", "Forum", "O.E.C.D."),                      // punctuation folded: right
                entity("e:ai", "Framework", "Artificial Intelligence"),     // spurious
                entity("e:gpg", "Framework", "Global Public Good")));      // optional: ignored
        assertEquals(2, s.tp());
        assertEquals(3, s.fn(), "India (wrong type), HAIP and AI Summit (missing)");
        assertEquals(3, s.fp(), "duplicate Japan, India typed Organization, Artificial Intelligence");
        assertEquals(0.4, s.precision(), 1e-9);
        assertEquals(0.4, s.recall(), 1e-9);
        String misses = String.join("\n", s.misses());
        assertTrue(misses.contains("entity wrong type: \"India\" is Country, predicted [Organization]"), misses);
        assertTrue(misses.contains("entity missing: \"AI Summit\""), misses);
        assertTrue(misses.contains("entity duplicate:") && misses.contains("e:jp2"), misses);
        assertTrue(misses.contains("entity spurious: \"Artificial Intelligence\""), misses);
    }

    @Test
    void aNodeTypedBothRightAndWrongIsNotRight() {
        Score s = EntityScorer.score(gold, List.of(entity("e:sum", "Event,Framework", "AI Summit")));
        assertEquals(0, s.tp());
        assertEquals(1, s.fp());
    }

    @Test
    void truncatedNamesDoNotMatch() {
        Score s = EntityScorer.score(gold, List.of(entity("e:h", "Initiative", "Hiroshima AI")));
        assertEquals(0, s.tp());
        assertEquals(1, s.fp());
        assertEquals(5, s.fn());
    }

    @Test
    void noPredictionsMeansZeroPrecisionAndRecall() {
        Score s = EntityScorer.score(gold, List.of());
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }
}
