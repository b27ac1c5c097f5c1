package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Scores targets: same quantity and year, and the same from/to countries where the gold states them. */
final class TargetScorer {
    private TargetScorer() {}

    static Score score(Gold gold, List<Predictions.Target> predicted) {
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        int fn = 0;
        for (Gold.Target g : gold.targets()) {
            int j = -1;
            for (int k = 0; k < predicted.size() && j < 0; k++) {
                if (!used[k] && right(gold, g, predicted.get(k))) {
                    j = k;
                }
            }
            if (j >= 0) {
                used[j] = true;
                tp++;
                continue;
            }
            fn++;
            String near = predicted.stream()
                    .filter(p -> Objects.equals(p.quantity(), g.quantity()) || Objects.equals(p.year(), g.year()))
                    .map(TargetScorer::show).findFirst().orElse("no target with that quantity or year");
            misses.add("target missing: " + g.quantity() + " by " + g.year()
                    + (g.from() == null ? "" : " from " + g.from()) + (g.to() == null ? "" : " to " + g.to())
                    + " — " + near);
        }
        int fp = 0;
        for (int k = 0; k < predicted.size(); k++) {
            if (!used[k]) {
                fp++;
                misses.add("target spurious: " + show(predicted.get(k)));
            }
        }
        return new Score("targets", tp, fp, fn, misses);
    }

    private static boolean right(Gold gold, Gold.Target g, Predictions.Target p) {
        return Objects.equals(p.quantity(), g.quantity()) && Objects.equals(p.year(), g.year())
                && (g.from() == null || NameSets.sameSet(List.of(gold.namesOf(g.from())), p.from()))
                && (g.to() == null || NameSets.sameSet(List.of(gold.namesOf(g.to())), p.to()));
    }

    private static String show(Predictions.Target p) {
        return "predicted " + p.quantity() + " by " + p.year() + " from " + NameSets.show(p.from()) + " to "
                + NameSets.show(p.to()) + " \"" + p.label() + "\" <" + p.iri() + ">";
    }
}
