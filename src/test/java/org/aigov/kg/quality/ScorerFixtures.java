package org.aigov.kg.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A small hand-made gold and helpers to write predictions by hand, for the scorer tests. */
final class ScorerFixtures {
    private ScorerFixtures() {}

    static final String GOLD = """
            statement: tiny
            parties: [Japan, India]
            entities:
              - {name: Japan, type: Country}
              - {name: India, type: Country, alt: [Republic of India]}
              - {name: Organisation for Economic Co-operation and Development, type: Forum, alt: [OECD]}
              - {name: Hiroshima AI Process, type: Initiative, alt: [HAIP], alt_types: [Framework]}
              - {name: AI Summit, type: Event}
            optional_entities:
              - {name: Global Public Good}
            clauses:
              - {quote: "The two leaders reaffirmed the importance", act: reaffirm, actors: parties, area: 1}
              - {quote: "The two leaders reaffirmed the importance", act: welcome, actors: parties, area: 1}
              - {quote: "They noted with appreciation", act: take-note, alt_acts: [note], actors: parties, area: null}
              - {quote: "India welcomed", act: welcome, actors: [India], area: 2}
            optional_clauses:
              - {quote: "Reaffirming that", act: reaffirm}
              - {quote: "accepted the invitation", act: "*"}
            agreements:
              - {kind: mou, parties: [OECD, Japan], purpose: [testing]}
            events:
              - {name: AI Summit, date: "2026-04", ordinal: 1, host: Japan}
            targets:
              - {quantity: 500, year: 2030, from: India, to: Japan}
              - {quantity: 200, year: 2028, from: null, to: null}
            relations:
              - [AI Summit, hostedBy, Japan]
            """;

    static Gold gold() {
        return GoldReader.parse("tiny.gold.yaml", GOLD);
    }

    static Set<String> names(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    static Predictions.Entity entity(String iri, String type, String... names) {
        return new Predictions.Entity(iri, names(names), names(type.split(",")));
    }

    static Predictions.Clause clause(String sentence, String act, Integer area, Set<String>... actors) {
        return new Predictions.Clause("c:" + sentence.hashCode() + act, sentence, "", names(act), List.of(actors), area);
    }
}
