package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Scores entity-to-entity relations (coChairedBy, promotedBy, establishedAt, preparedBy, hostedBy) by names. */
final class RelationScorer {
    private RelationScorer() {}

    static Score score(Gold gold, List<Predictions.Relation> predicted) {
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        int fn = 0;
        for (Gold.Relation g : gold.relations()) {
            Set<String> s = gold.namesOf(g.subject());
            Set<String> o = gold.namesOf(g.object());
            int j = -1;
            for (int k = 0; k < predicted.size() && j < 0; k++) {
                Predictions.Relation p = predicted.get(k);
                if (!used[k] && g.property().equals(p.property()) && Names.sameEntity(s, p.subject())
                        && Names.sameEntity(o, p.object())) {
                    j = k;
                }
            }
            if (j >= 0) {
                used[j] = true;
                tp++;
            } else {
                fn++;
                misses.add("relation missing: " + g.subject() + " " + g.property() + " " + g.object());
            }
        }
        int fp = 0;
        for (int k = 0; k < predicted.size(); k++) {
            if (!used[k]) {
                fp++;
                Predictions.Relation p = predicted.get(k);
                misses.add("relation spurious: " + Names.show(p.subject()) + " " + p.property() + " "
                        + Names.show(p.object()));
            }
        }
        return new Score("relations", tp, fp, fn, misses);
    }
}
