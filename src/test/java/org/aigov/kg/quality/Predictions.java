package org.aigov.kg.quality;

import java.util.List;
import java.util.Set;

/** What the loader produced for one statement, read back from the graph by name (not by IRI). */
record Predictions(List<Entity> entities, List<Clause> clauses, List<Agreement> agreements,
                   List<Event> events, List<Target> targets, List<Relation> relations) {

    /** A node of one of the eight entity types; {@code types} are local names ("Forum"). */
    record Entity(String iri, Set<String> names, Set<String> types) {}

    /** A clause: the text of its sentence and its own span, its speech acts (slugs), actors' names, area number. */
    record Clause(String iri, String sentenceText, String clauseText, Set<String> acts,
                  List<Set<String>> actors, Integer area) {}

    record Agreement(String iri, String kind, List<Set<String>> parties, String purpose) {}

    record Event(String iri, Set<String> names, Set<String> dates, Set<Integer> ordinals, List<Set<String>> hosts) {}

    record Target(String iri, Long quantity, Integer year, List<Set<String>> from, List<Set<String>> to,
                  String label) {}

    record Relation(Set<String> subject, String property, Set<String> object) {}

    static Predictions empty() {
        return new Predictions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
