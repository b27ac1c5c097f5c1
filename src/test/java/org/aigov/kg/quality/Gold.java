package org.aigov.kg.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The hand-made annotation of one statement (format: src/test/resources/gold/README.md). */
record Gold(String slug, List<String> parties, List<Entity> entities, List<Entity> optionalEntities,
            List<Clause> clauses, List<Clause> optionalClauses, List<Agreement> agreements,
            List<Event> events, List<Target> targets, List<Relation> relations) {

    /** The eight entity types of docs/MODEL.md. */
    static final List<String> TYPES = List.of(
            "Country", "Region", "Forum", "Organization", "Person", "Framework", "Initiative", "Event");

    /** An entity the statement names; {@code type} or one of {@code altTypes} is right. */
    record Entity(String name, String type, List<String> alt, List<String> altTypes) {
        Set<String> names() {
            Set<String> all = new LinkedHashSet<>();
            all.add(name);
            all.addAll(alt);
            return all;
        }

        Set<String> types() {
            Set<String> all = new LinkedHashSet<>();
            if (type != null) {
                all.add(type);
            }
            all.addAll(altTypes);
            return all;
        }
    }

    /** A speech act in the sentence containing {@code quote}; act "*" (optional clauses only) is any act. */
    record Clause(String quote, String act, List<String> altActs, List<String> actors, Integer area) {
        Set<String> acts() {
            Set<String> all = new LinkedHashSet<>();
            all.add(act);
            all.addAll(altActs);
            return all;
        }

        boolean anyAct() { return "*".equals(act); }
    }

    record Agreement(String kind, List<String> parties, List<String> purpose) {}

    record Event(String name, String date, Integer ordinal, String host) {}

    record Target(long quantity, int year, String from, String to) {}

    record Relation(String subject, String property, String object) {}

    /** All names of the entity that {@code ref} names (a gold entity's name or alt), else just {@code ref}. */
    Set<String> namesOf(String ref) {
        for (Entity e : allEntities()) {
            if (Names.sameEntity(e.names(), List.of(ref))) {
                return e.names();
            }
        }
        return Set.of(ref);
    }

    /** Whether {@code ref} names a gold (required or optional) entity. */
    boolean knows(String ref) {
        return allEntities().stream().anyMatch(e -> Names.sameEntity(e.names(), List.of(ref)));
    }

    List<Entity> allEntities() {
        List<Entity> all = new ArrayList<>(entities);
        all.addAll(optionalEntities);
        return all;
    }
}
