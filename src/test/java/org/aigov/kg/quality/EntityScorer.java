package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scores predicted entity nodes against gold entities: one-to-one by name, true positive only with the right type. */
final class EntityScorer {
    private EntityScorer() {}

    static Score score(Gold gold, List<Predictions.Entity> predicted) {
        List<String> misses = new ArrayList<>();
        int n = predicted.size();
        boolean[] used = new boolean[n];
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Gold.Entity> unmatched = new ArrayList<>();
        // Pass 1: name and type right.
        for (Gold.Entity g : gold.entities()) {
            int j = find(predicted, used, g, true);
            if (j >= 0) {
                used[j] = true;
                tp++;
            } else {
                unmatched.add(g);
            }
        }
        // Pass 2: name right, type wrong — a miss and a false positive.
        for (Gold.Entity g : unmatched) {
            fn++;
            int j = find(predicted, used, g, false);
            if (j >= 0) {
                used[j] = true;
                fp++;
                Predictions.Entity p = predicted.get(j);
                misses.add("entity wrong type: \"" + g.name() + "\" is " + g.type() + ", predicted "
                        + specificTypes(p.types()) + " <" + p.iri() + ">");
            } else {
                misses.add("entity missing: \"" + g.name() + "\" (" + g.type() + ") — no node named "
                        + Names.show(g.names()));
            }
        }
        // The rest: duplicates of found entities, optional entities (ignored), or spurious.
        for (int j = 0; j < n; j++) {
            if (used[j]) {
                continue;
            }
            Predictions.Entity p = predicted.get(j);
            String shown = "\"" + Names.show(p.names()) + "\" " + specificTypes(p.types()) + " <" + p.iri() + ">";
            if (gold.optionalEntities().stream().anyMatch(o -> Names.sameEntity(o.names(), p.names()))) {
                continue;
            }
            fp++;
            Gold.Entity same = gold.entities().stream()
                    .filter(g -> Names.sameEntity(g.names(), p.names())).findFirst().orElse(null);
            if (same != null) {
                misses.add("entity duplicate: " + shown + " is a second node for \"" + same.name() + "\"");
            } else {
                misses.add("entity spurious: " + shown);
            }
        }
        return new Score("entities", tp, fp, fn, misses);
    }

    private static int find(List<Predictions.Entity> predicted, boolean[] used, Gold.Entity g, boolean typed) {
        for (int j = 0; j < predicted.size(); j++) {
            Predictions.Entity p = predicted.get(j);
            if (!used[j] && Names.sameEntity(g.names(), p.names()) && (!typed || typeRight(g, p))) {
                return j;
            }
        }
        return -1;
    }

    /** Every most-specific type of the node is the gold type or an accepted alternative. */
    static boolean typeRight(Gold.Entity g, Predictions.Entity p) {
        Set<String> types = specificTypes(p.types());
        return !types.isEmpty() && g.types().containsAll(types);
    }

    /** The node's types among the eight, without Organization when it is a Forum (Forum ⊑ Organization). */
    static Set<String> specificTypes(Set<String> types) {
        Set<String> s = new LinkedHashSet<>();
        for (String t : Gold.TYPES) {
            if (types.contains(t)) {
                s.add(t);
            }
        }
        if (s.contains("Forum")) {
            s.remove("Organization");
        }
        return s;
    }
}
