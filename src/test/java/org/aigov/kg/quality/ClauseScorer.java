package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted clauses against gold clauses: same sentence (it contains the gold quote) and an
 * acceptable speech act, one-to-one; then the actors and the priority area of the matched pairs.
 */
final class ClauseScorer {
    private ClauseScorer() {}

    /** Three scores: "clauses", and among matched clauses "clause actors" and "clause areas" (right = tp, wrong = fn). */
    static List<Score> score(Gold gold, List<Predictions.Clause> predicted) {
        List<String> misses = new ArrayList<>();
        List<String> actorMisses = new ArrayList<>();
        List<String> areaMisses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        int fn = 0;
        int actorsRight = 0;
        int areasRight = 0;
        for (Gold.Clause g : gold.clauses()) {
            int j = find(predicted, used, g);
            if (j < 0) {
                fn++;
                misses.add("clause missing: " + g.act() + " in \"" + g.quote() + "…\" — " + whatWasPredicted(predicted, g));
                continue;
            }
            used[j] = true;
            tp++;
            Predictions.Clause p = predicted.get(j);
            List<Set<String>> goldActors = g.actors().stream().map(gold::namesOf).toList();
            if (NameSets.sameSet(goldActors, p.actors())) {
                actorsRight++;
            } else {
                actorMisses.add("clause actors: " + g.act() + " in \"" + g.quote() + "…\" — gold "
                        + String.join(", ", g.actors()) + "; predicted " + NameSets.show(p.actors()));
            }
            if (Objects.equals(g.area(), p.area())) {
                areasRight++;
            } else {
                areaMisses.add("clause area: " + g.act() + " in \"" + g.quote() + "…\" — gold " + g.area()
                        + ", predicted " + p.area());
            }
        }
        int fp = 0;
        for (int j = 0; j < predicted.size(); j++) {
            if (used[j] || optional(gold, predicted.get(j))) {
                continue;
            }
            fp++;
            Predictions.Clause p = predicted.get(j);
            misses.add("clause spurious: " + String.join("+", p.acts()) + " <" + p.iri() + "> in \""
                    + excerpt(p) + "\"" + (inGoldSentence(gold, p) ? " (a gold sentence, no such act there)"
                    : " (a sentence with no gold clause)"));
        }
        int matched = tp;
        return List.of(
                new Score("clauses", tp, fp, fn, misses),
                new Score("clause actors", actorsRight, 0, matched - actorsRight, actorMisses),
                new Score("clause areas", areasRight, 0, matched - areasRight, areaMisses));
    }

    private static int find(List<Predictions.Clause> predicted, boolean[] used, Gold.Clause g) {
        for (int j = 0; j < predicted.size(); j++) {
            Predictions.Clause p = predicted.get(j);
            if (!used[j] && inSentence(g, p) && actRight(g, p)) {
                return j;
            }
        }
        return -1;
    }

    static boolean inSentence(Gold.Clause g, Predictions.Clause p) {
        String quote = Names.text(g.quote());
        return Names.text(p.sentenceText()).contains(quote) || Names.text(p.clauseText()).contains(quote);
    }

    /** A clause has one speech act; it must be the gold act or an accepted alternative. */
    private static boolean actRight(Gold.Clause g, Predictions.Clause p) {
        return p.acts().size() == 1 && (g.anyAct() || g.acts().containsAll(p.acts()));
    }

    private static boolean optional(Gold gold, Predictions.Clause p) {
        return gold.optionalClauses().stream().anyMatch(o -> inSentence(o, p) && actRight(o, p));
    }

    private static boolean inGoldSentence(Gold gold, Predictions.Clause p) {
        return gold.clauses().stream().anyMatch(g -> inSentence(g, p));
    }

    private static String whatWasPredicted(List<Predictions.Clause> predicted, Gold.Clause g) {
        List<String> acts = new ArrayList<>();
        for (Predictions.Clause p : predicted) {
            if (inSentence(g, p)) {
                acts.add(p.acts().isEmpty() ? "(no act)" : String.join("+", p.acts()));
            }
        }
        return acts.isEmpty() ? "no clause found for that sentence"
                : "the sentence's predicted clauses are: " + String.join(", ", acts);
    }

    private static String excerpt(Predictions.Clause p) {
        String t = Names.text(p.sentenceText().isEmpty() ? p.clauseText() : p.sentenceText());
        return t.length() > 90 ? t.substring(0, 90) + "…" : t;
    }
}
