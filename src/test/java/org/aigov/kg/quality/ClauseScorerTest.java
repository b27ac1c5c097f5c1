package org.aigov.kg.quality;

import static org.aigov.kg.quality.ScorerFixtures.clause;
import static org.aigov.kg.quality.ScorerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clause scorer on hand-made clauses: sentence + act matching, alternatives, optional clauses, actors, areas. */
class ClauseScorerTest {
    private final Gold gold = ScorerFixtures.gold();
    private static final Set<String> JP = names("Japan");
    private static final Set<String> IN = names("India", "Republic of India");
    private static final String S1 = "The two leaders reaffirmed the importance of X and welcomed Y.";
    private static final String S2 = "They noted with appreciation the progress.";
    private static final String S3 = "India welcomed France’s signature.";

    private static Score get(List<Score> scores, String category) {
        return scores.stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void matchesBySentenceAndActWithActorsAndAreas() {
        List<Score> scores = ClauseScorer.score(gold, List.of(
                clause(S1, "reaffirm", 1, JP, IN),
                clause(S1, "welcome", 1, IN, JP),
                clause(S2, "note", null, JP, IN),          // an accepted alternative act
                clause(S3, "welcome", 2, IN)));
        Score c = get(scores, "clauses");
        assertEquals(4, c.tp(), c.misses().toString());
        assertEquals(1.0, c.precision());
        assertEquals(4, get(scores, "clause actors").tp());
        assertEquals(4, get(scores, "clause areas").tp());
    }

    @Test
    void wrongActMissingClauseWrongActorsAndAreaAreCounted() {
        List<Score> scores = ClauseScorer.score(gold, List.of(
                clause(S1, "reaffirm", 2, JP),              // area and actors wrong
                clause(S1, "reaffirm", 1, JP, IN),          // second reaffirm: spurious, gold wants welcome
                clause(S2, "welcome", null, JP, IN),        // act not accepted
                clause("These include a MOU.", "commit", null)));
        Score c = get(scores, "clauses");
        assertEquals(1, c.tp());
        assertEquals(3, c.fn());
        assertEquals(3, c.fp());
        String misses = String.join("\n", c.misses());
        assertTrue(misses.contains("clause missing: welcome in \"The two leaders reaffirmed the importance…\""), misses);
        assertTrue(misses.contains("clause missing: take-note") && misses.contains("predicted clauses are: welcome"), misses);
        assertTrue(misses.contains("clause missing: welcome in \"India welcomed…\" — no clause found"), misses);
        assertTrue(misses.contains("(a sentence with no gold clause)"), misses);
        assertEquals(0, get(scores, "clause actors").tp());
        assertEquals(1, get(scores, "clause actors").fn());
        assertEquals(1, get(scores, "clause areas").fn());
    }

    @Test
    void optionalClausesAreNeitherRequiredNorPenalised() {
        List<Score> scores = ClauseScorer.score(gold, List.of(
                clause("Reaffirming that cyberspace is open, they underlined Z.", "reaffirm", null),
                clause("President Macron accepted the invitation.", "agree", null),
                clause("Reaffirming that cyberspace is open, they underlined Z.", "commit", null)));
        Score c = get(scores, "clauses");
        assertEquals(0, c.tp());
        assertEquals(1, c.fp(), "only the commit is not allowed by an optional clause");
    }

    @Test
    void aClauseWithTwoSpeechActsIsWrong() {
        Predictions.Clause both = new Predictions.Clause("c", S3, "", names("welcome", "support"), List.of(IN), 2);
        assertEquals(0, get(ClauseScorer.score(gold, List.of(both)), "clauses").tp());
    }

    @Test
    void quoteMatchesAcrossLineBreaksAndCurlyApostrophes() {
        Gold g = GoldReader.parse("g", """
                statement: g
                parties: [India]
                clauses:
                  - {quote: "welcomed India's leading higher education", act: welcome, actors: parties, area: null}
                """);
        List<Score> scores = ClauseScorer.score(g, List.of(
                clause("they welcomed India’s leading\n\nhigher education institutions.", "welcome", null, IN)));
        assertEquals(1, get(scores, "clauses").tp());
    }
}
