package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks each gold event: a predicted event of that name carries exactly the date, ordinal and host the text states. */
final class EventScorer {
    private EventScorer() {}

    /** tp = events exactly right, fn = events missing or wrong; no false positives in this category. */
    static Score score(Gold gold, List<Predictions.Event> predicted) {
        List<String> misses = new ArrayList<>();
        int tp = 0;
        for (Gold.Event g : gold.events()) {
            Set<String> names = gold.namesOf(g.name());
            List<Predictions.Event> candidates =
                    predicted.stream().filter(p -> Names.sameEntity(names, p.names())).toList();
            if (candidates.isEmpty()) {
                misses.add("event missing: \"" + g.name() + "\" — no event node of that name");
                continue;
            }
            String problem = null;
            for (Predictions.Event p : candidates) {
                problem = problems(gold, g, p);
                if (problem.isEmpty()) {
                    break;
                }
            }
            if (problem.isEmpty()) {
                tp++;
            } else {
                misses.add("event wrong: \"" + g.name() + "\" — " + problem);
            }
        }
        return new Score("events", tp, 0, gold.events().size() - tp, misses);
    }

    private static String problems(Gold gold, Gold.Event g, Predictions.Event p) {
        List<String> out = new ArrayList<>();
        if (g.date() != null && !p.dates().equals(Set.of(g.date()))) {
            out.add("date " + g.date() + " expected, predicted " + (p.dates().isEmpty() ? "none" : p.dates()));
        }
        if (g.ordinal() != null && !p.ordinals().equals(Set.of(g.ordinal()))) {
            out.add("ordinal " + g.ordinal() + " expected, predicted " + (p.ordinals().isEmpty() ? "none" : p.ordinals()));
        }
        if (g.host() != null && !NameSets.sameSet(List.of(gold.namesOf(g.host())), p.hosts())) {
            out.add("host " + g.host() + " expected, predicted " + NameSets.show(p.hosts()));
        }
        return out.isEmpty() ? "" : String.join("; ", out) + " <" + p.iri() + ">";
    }
}
