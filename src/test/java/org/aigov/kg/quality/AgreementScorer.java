package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Scores agreements: right when kind and the exact set of parties agree; purpose keywords are reported. */
final class AgreementScorer {
    private AgreementScorer() {}

    static Score score(Gold gold, List<Predictions.Agreement> predicted) {
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        int fn = 0;
        for (Gold.Agreement g : gold.agreements()) {
            List<Set<String>> parties = g.parties().stream().map(gold::namesOf).toList();
            int j = -1;
            for (int k = 0; k < predicted.size() && j < 0; k++) {
                Predictions.Agreement p = predicted.get(k);
                if (!used[k] && g.kind().equalsIgnoreCase(p.kind()) && NameSets.sameSet(parties, p.parties())) {
                    j = k;
                }
            }
            String shown = g.kind() + " between " + String.join(", ", g.parties());
            if (j < 0) {
                fn++;
                misses.add("agreement missing: " + shown + " — " + nearest(predicted, used, parties));
                continue;
            }
            used[j] = true;
            tp++;
            String purpose = predicted.get(j).purpose() == null ? "" : predicted.get(j).purpose();
            for (String keyword : g.purpose()) {
                if (!Names.text(purpose).toLowerCase(Locale.ROOT).contains(Names.text(keyword).toLowerCase(Locale.ROOT))) {
                    misses.add("agreement purpose (not scored): " + shown + " — purpose \"" + purpose
                            + "\" lacks \"" + keyword + "\"");
                }
            }
        }
        int fp = 0;
        for (int k = 0; k < predicted.size(); k++) {
            if (!used[k]) {
                fp++;
                Predictions.Agreement p = predicted.get(k);
                misses.add("agreement spurious: " + p.kind() + " between " + NameSets.show(p.parties()) + " <"
                        + p.iri() + ">");
            }
        }
        return new Score("agreements", tp, fp, fn, misses);
    }

    private static String nearest(List<Predictions.Agreement> predicted, boolean[] used, List<Set<String>> parties) {
        for (int k = 0; k < predicted.size(); k++) {
            Predictions.Agreement p = predicted.get(k);
            if (!used[k] && p.parties().stream().anyMatch(pp -> parties.stream().anyMatch(g -> Names.sameEntity(g, pp)))) {
                return "closest prediction: " + p.kind() + " between " + NameSets.show(p.parties()) + " <" + p.iri() + ">";
            }
        }
        return "no agreement shares a party";
    }
}
