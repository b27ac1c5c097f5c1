package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a gold annotation into the predictions a flawless loader would make — to check the scorer gives full marks. */
final class PerfectPrediction {
    private PerfectPrediction() {}

    static Predictions of(Gold gold) {
        List<Predictions.Entity> entities = new ArrayList<>();
        for (Gold.Entity e : gold.entities()) {
            entities.add(new Predictions.Entity("gold:" + e.name(), e.names(), Set.of(e.type())));
        }
        List<Predictions.Clause> clauses = new ArrayList<>();
        int n = 0;
        for (Gold.Clause c : gold.clauses()) {
            clauses.add(new Predictions.Clause("gold:clause/" + ++n, "… " + c.quote() + " …", "", Set.of(c.act()),
                    c.actors().stream().map(gold::namesOf).toList(), c.area()));
        }
        List<Predictions.Agreement> agreements = new ArrayList<>();
        for (Gold.Agreement a : gold.agreements()) {
            agreements.add(new Predictions.Agreement("gold:agreement/" + agreements.size(), a.kind(),
                    a.parties().stream().map(gold::namesOf).toList(), String.join(" ", a.purpose())));
        }
        Map<String, Predictions.Event> events = new LinkedHashMap<>();
        for (Gold.Event e : gold.events()) {
            events.put(e.name(), new Predictions.Event("gold:" + e.name(), gold.namesOf(e.name()),
                    e.date() == null ? Set.of() : Set.of(e.date()),
                    e.ordinal() == null ? Set.of() : Set.of(e.ordinal()),
                    e.host() == null ? List.of() : List.of(gold.namesOf(e.host()))));
        }
        List<Predictions.Target> targets = new ArrayList<>();
        for (Gold.Target t : gold.targets()) {
            targets.add(new Predictions.Target("gold:target/" + targets.size(), t.quantity(), t.year(),
                    t.from() == null ? List.of() : List.of(gold.namesOf(t.from())),
                    t.to() == null ? List.of() : List.of(gold.namesOf(t.to())), ""));
        }
        List<Predictions.Relation> relations = new ArrayList<>();
        for (Gold.Relation r : gold.relations()) {
            relations.add(new Predictions.Relation(new LinkedHashSet<>(gold.namesOf(r.subject())), r.property(),
                    gold.namesOf(r.object())));
        }
        return new Predictions(entities, clauses, agreements, new ArrayList<>(events.values()), targets, relations);
    }
}
