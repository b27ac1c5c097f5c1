package org.aigov.kg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold reader expands `parties` and rejects malformed gold (comma-split names, unknown types, unquoted dates). */
class GoldReaderTest {

    private static String error(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> GoldReader.parse("x.gold.yaml", yaml)).getMessage();
    }

    @Test
    void expandsPartiesAsActors() {
        Gold g = GoldReader.parse("x", """
                statement: x
                parties: [Japan, India]
                clauses:
                  - {quote: "q", act: welcome, actors: parties, area: 2}
                """);
        assertEquals(List.of("Japan", "India"), g.clauses().get(0).actors());
        assertEquals(2, g.clauses().get(0).area());
    }

    @Test
    void rejectsANameSplitByAnUnquotedComma() {
        String m = error("""
                statement: x
                entities:
                  - {name: Ministry of Economy, Trade and Industry, type: Organization}
                """);
        assertTrue(m.startsWith("x.gold.yaml: entity has unknown key 'Trade and Industry'"), m);
    }

    @Test
    void rejectsUnknownTypesKindsRelationsAndUnquotedDates() {
        assertTrue(error("statement: x\nentities:\n  - {name: A, type: City}\n").contains("type 'City'"));
        assertTrue(error("statement: x\nagreements:\n  - {kind: treaty, parties: [A]}\n").contains("agreement kind 'treaty'"));
        assertTrue(error("statement: x\nrelations:\n  - [A, hosts, B]\n").contains("relation 'hosts'"));
        assertTrue(error("statement: x\nevents:\n  - {name: A, date: 2026-04-01}\n").contains("quote dates"));
        assertTrue(error("statement: x\nclauses:\n  - {quote: q, act: '*', actors: [A], area: null}\n").contains("only allowed in optional"));
        assertTrue(error("statement: x\nclauses:\n  - {quote: q, act: welcome, actors: [A]}\n").contains("needs an area"));
    }
}
