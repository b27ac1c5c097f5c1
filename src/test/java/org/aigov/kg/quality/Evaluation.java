package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** The scores of one statement, one per category; {@code failure} says why there are no predictions at all. */
record Evaluation(String slug, List<Score> scores, String failure) {

    /** Compares one statement's predictions with its gold, category by category. */
    static Evaluation of(Gold gold, Predictions predicted) {
        List<Score> scores = new ArrayList<>();
        scores.add(EntityScorer.score(gold, predicted.entities()));
        scores.addAll(ClauseScorer.score(gold, predicted.clauses()));
        scores.add(AgreementScorer.score(gold, predicted.agreements()));
        scores.add(EventScorer.score(gold, predicted.events()));
        scores.add(TargetScorer.score(gold, predicted.targets()));
        scores.add(RelationScorer.score(gold, predicted.relations()));
        return new Evaluation(gold.slug(), scores, null);
    }

    /** A statement the loader could not build: every category scores zero and the reason is kept. */
    static Evaluation failed(Gold gold, String reason) {
        Evaluation e = of(gold, Predictions.empty());
        return new Evaluation(gold.slug(), e.scores(), reason);
    }

    Score score(String category) {
        return scores.stream().filter(s -> s.category().equals(category)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(category));
    }

    /** The misses of a category, one per line, for assertion messages. */
    String misses(String category) {
        Score s = score(category);
        return slug + " " + category + String.format(" P=%.3f R=%.3f%n  ", s.precision(), s.recall())
                + String.join("\n  ", s.misses()) + (failure == null ? "" : "\n  build failed: " + failure);
    }
}
