package org.aigov.kg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The SPARQL readers get what docs/MODEL.md says the loader emits, from a hand-written fixture graph. */
class PredictionReaderTest {

    private static Predictions read() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, PredictionReaderTest.class.getResourceAsStream("/quality/fixture-statement.trig"),
                org.apache.jena.riot.Lang.TRIG);
        return new PredictionReader(ds, "fixture").read();
    }

    @Test
    void readsEntitiesOfTheStatementWithTypesAndNamesFromBothGraphs() {
        Map<String, Predictions.Entity> byIri = read().entities().stream()
                .collect(Collectors.toMap(Predictions.Entity::iri, e -> e));
        assertEquals(Set.of("https://w3id.org/aigov/id/country/japan", "https://w3id.org/aigov/id/country/india",
                "https://w3id.org/aigov/id/forum/oecd", "https://w3id.org/aigov/id/event/tokyo-ai-dialogue",
                "https://w3id.org/aigov/id/organization/meti"), byIri.keySet(), "France is in another statement only");
        Predictions.Entity oecd = byIri.get("https://w3id.org/aigov/id/forum/oecd");
        assertEquals(Set.of("Forum", "Organization"), oecd.types());
        assertTrue(oecd.names().contains("OECD"));
        assertTrue(byIri.get("https://w3id.org/aigov/id/country/japan").names().contains("日本"));
    }

    @Test
    void readsClauseAgreementEventTargetAndRelation() {
        Predictions p = read();
        assertEquals(1, p.clauses().size());
        Predictions.Clause c = p.clauses().get(0);
        assertEquals(Set.of("welcome"), c.acts());
        assertEquals(2, c.area());
        assertEquals(2, c.actors().size());
        assertTrue(c.sentenceText().startsWith("The two leaders welcomed"));

        Predictions.Agreement a = p.agreements().get(0);
        assertEquals("mou", a.kind());
        assertEquals(2, a.parties().size());
        assertEquals("joint testing of AI models", a.purpose());

        Predictions.Event e = p.events().get(0);
        assertEquals(Set.of("2026-04"), e.dates());
        assertEquals(Set.of(1), e.ordinals());

        Predictions.Target t = p.targets().get(0);
        assertEquals(500L, t.quantity());
        assertEquals(2030, t.year());

        assertEquals(Set.of("hostedBy", "coChairedBy"),
                p.relations().stream().map(Predictions.Relation::property).collect(Collectors.toSet()));
        assertEquals(2, p.relations().size(), "France hostedBy Japan is another statement's graph: not read");
    }

    @Test
    void endToEndAgainstASmallGold() {
        Gold gold = GoldReader.parse("fixture.gold.yaml", """
                statement: fixture
                parties: [Japan, India]
                entities:
                  - {name: Japan, type: Country}
                  - {name: India, type: Country}
                  - {name: OECD, type: Forum}
                  - {name: Tokyo AI Dialogue, type: Event}
                  - {name: METI, type: Organization}
                  - {name: Hiroshima AI Process, type: Initiative}
                clauses:
                  - {quote: "The two leaders welcomed the first", act: welcome, actors: parties, area: 2}
                agreements:
                  - {kind: mou, parties: [METI, OECD], purpose: [testing]}
                events:
                  - {name: Tokyo AI Dialogue, date: "2026-04", ordinal: 1, host: Japan}
                targets:
                  - {quantity: 500, year: 2030, from: India, to: Japan}
                relations:
                  - [METI, coChairedBy, Japan]
                  - [Tokyo AI Dialogue, hostedBy, Japan]
                """);
        Evaluation e = Evaluation.of(gold, read());
        assertEquals(5, e.score("entities").tp());
        assertEquals(1, e.score("entities").fn(), "the Hiroshima AI Process is not in the graph");
        for (String category : List.of("clauses", "clause actors", "clause areas", "agreements", "events", "targets",
                "relations")) {
            assertTrue(e.score(category).exact(), () -> e.misses(category));
        }
        String report = ReportFormatter.format(List.of(e), "test");
        assertTrue(report.contains("entity missing: \"Hiroshima AI Process\""), report);
    }
}
