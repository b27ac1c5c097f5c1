package org.aigov.kg.quality;

import static org.aigov.kg.quality.ScorerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agreements, events, targets and relations scored on hand-made predictions. */
class FactScorersTest {
    private final Gold gold = ScorerFixtures.gold();
    private static final Set<String> JP = names("Japan", "日本");
    private static final Set<String> IN = names("India");
    private static final Set<String> OECD = names("Organisation for Economic Co-operation and Development", "OECD");

    @Test
    void agreementNeedsKindAndExactParties() {
        assertEquals(1, AgreementScorer.score(gold, List.of(
                new Predictions.Agreement("a1", "mou", List.of(JP, OECD), "joint testing of models"))).tp());
        Score wrongKind = AgreementScorer.score(gold, List.of(
                new Predictions.Agreement("a1", "moc", List.of(JP, OECD), "")));
        assertEquals(0, wrongKind.tp());
        assertEquals(1, wrongKind.fp());
        assertTrue(wrongKind.misses().get(0).contains("closest prediction: moc"), wrongKind.misses().toString());
        Score extraParty = AgreementScorer.score(gold, List.of(
                new Predictions.Agreement("a1", "mou", List.of(JP, OECD, IN), "")));
        assertEquals(0, extraParty.tp());
        Score missingParty = AgreementScorer.score(gold, List.of(
                new Predictions.Agreement("a1", "mou", List.of(JP), "")));
        assertEquals(0, missingParty.tp());
    }

    @Test
    void agreementPurposeIsReportedNotScored() {
        Score s = AgreementScorer.score(gold, List.of(
                new Predictions.Agreement("a1", "mou", List.of(OECD, JP), "cooperation")));
        assertEquals(1, s.tp());
        assertTrue(s.misses().get(0).startsWith("agreement purpose (not scored)"), s.misses().toString());
    }

    @Test
    void eventMustCarryDateOrdinalAndHostExactly() {
        Predictions.Event right = new Predictions.Event("e", names("AI Summit"), Set.of("2026-04"), Set.of(1), List.of(JP));
        assertEquals(1, EventScorer.score(gold, List.of(right)).tp());
        Predictions.Event yearOnly = new Predictions.Event("e", names("AI Summit"), Set.of("2026"), Set.of(1), List.of(JP));
        Score s = EventScorer.score(gold, List.of(yearOnly));
        assertEquals(0, s.tp());
        assertTrue(s.misses().get(0).contains("date 2026-04 expected, predicted [2026]"), s.misses().toString());
        Predictions.Event noHost = new Predictions.Event("e", names("AI Summit"), Set.of("2026-04"), Set.of(1), List.of());
        assertEquals(0, EventScorer.score(gold, List.of(noHost)).tp());
        Predictions.Event twoDates = new Predictions.Event("e", names("AI Summit"), Set.of("2026-04", "2026"), Set.of(1), List.of(JP));
        assertEquals(0, EventScorer.score(gold, List.of(twoDates)).tp());
        assertTrue(EventScorer.score(gold, List.of()).misses().get(0).startsWith("event missing"));
    }

    @Test
    void targetNeedsQuantityYearAndStatedEnds() {
        Score s = TargetScorer.score(gold, List.of(
                new Predictions.Target("t1", 500L, 2030, List.of(IN), List.of(JP), "500 professionals"),
                new Predictions.Target("t2", 200L, 2028, List.of(), List.of(), "200 researchers")));
        assertTrue(s.exact(), s.misses().toString());
        Score swapped = TargetScorer.score(gold, List.of(
                new Predictions.Target("t1", 500L, 2030, List.of(JP), List.of(IN), ""),
                new Predictions.Target("t2", 200L, 2029, List.of(), List.of(), "")));
        assertEquals(0, swapped.tp());
        assertEquals(2, swapped.fn());
        assertEquals(2, swapped.fp());
    }

    @Test
    void relationsByPropertyAndNames() {
        Score s = RelationScorer.score(gold, List.of(
                new Predictions.Relation(names("AI Summit"), "hostedBy", JP),
                new Predictions.Relation(names("AI Summit"), "coChairedBy", JP)));
        assertEquals(1, s.tp());
        assertEquals(1, s.fp());
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }
}
