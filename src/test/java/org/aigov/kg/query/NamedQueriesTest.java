package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class NamedQueriesTest {
    private static final List<String> REQUIRED = List.of("forums", "frameworks", "commitments-by-area", "speech-acts",
            "agreements", "events-timeline", "targets", "country-network", "co-mentions", "statement-summary",
            "provenance", "shared-entities", "search", "actor-commitments");

    @Test
    void theLibraryHasTheIssuesQueriesAndAtLeastSixteen() {
        NamedQueries library = Fixtures.library();
        for (String name : REQUIRED) assertTrue(library.contains(name), "missing query " + name);
        assertTrue(library.all().size() >= 16, "only " + library.all().size() + " queries");
        assertEquals("entity", library.get("provenance").params().get(0).name());
        assertEquals("country", library.get("actor-commitments").params().get(0).name());
        assertEquals("text", library.get("search").params().get(0).name());
    }

    /** Every query parses, has a title and a question, and uses each declared parameter as ?name. */
    @TestFactory
    List<DynamicTest> everyQueryIsWellFormed() {
        return Fixtures.library().all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            Query parsed = q.parse();
            assertFalse(q.title().equals(q.name()), q.name() + " has no # title:");
            assertTrue(q.description().length() > 20, q.name() + " has no # description:");
            for (QueryParam p : q.params()) {
                assertTrue(Pattern.compile("\\?" + p.name() + "\\b").matcher(parsed.serialize()).find(),
                        q.name() + " declares ?" + p.name() + " but does not use it");
                assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " is not described");
            }
        })).toList();
    }

    @Test
    void unknownNameSuggestsCloseOnes() {
        NamedQueries library = Fixtures.library();
        BadInputException e = assertThrows(BadInputException.class, () -> library.get("forum"));
        assertTrue(e.getMessage().contains("did you mean 'forums'"), e.getMessage());
        BadInputException typo = assertThrows(BadInputException.class, () -> library.get("agreemnts"));
        assertTrue(typo.getMessage().contains("'agreements'"), typo.getMessage());
        BadInputException far = assertThrows(BadInputException.class, () -> library.get("zzzzzzzzzzzz"));
        assertTrue(far.getMessage().contains("--list"), far.getMessage());
    }

    @Test
    void resolvesAFilePathAsWellAsAName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.rq");
        Files.writeString(file, "# title: Mine\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n");
        NamedQuery q = Fixtures.library().resolve(file.toString());
        assertEquals("mine", q.name());
        assertEquals("Mine", q.title());
        BadInputException e = assertThrows(BadInputException.class, () -> Fixtures.library().resolve(dir.resolve("none.rq").toString()));
        assertTrue(e.getMessage().contains("no such query file"), e.getMessage());
    }

    @Test
    void aByteOrderMarkDoesNotHideTheHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.rq");
        Files.writeString(file, "\uFEFF# title: With BOM\nASK { ?s ?p ?o }\n");
        NamedQuery q = NamedQueries.load(file);
        assertEquals("With BOM", q.title());
        q.parse();
        Files.write(dir.resolve("latin1.rq"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        BadInputException e = assertThrows(BadInputException.class, () -> NamedQueries.load(dir.resolve("latin1.rq")));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void bundledCopyHasTheSameNames() {
        // the build copies queries/ into the class path (pom.xml resources), so the jar carries them
        Set<String> bundled = Set.copyOf(NamedQueries.bundled().all().stream().map(NamedQuery::name).toList());
        Set<String> source = Set.copyOf(Fixtures.library().all().stream().map(NamedQuery::name).toList());
        assertEquals(source, bundled);
    }

    @Test
    void docsListEveryQuery() throws Exception {
        String doc = Files.readString(Fixtures.project().resolve("docs/QUERIES.md"));
        for (NamedQuery q : Fixtures.library().all()) {
            assertTrue(doc.contains("| `" + q.name() + "` |"), "docs/QUERIES.md has no row for " + q.name());
        }
    }

    @Test
    void closeNamesUsesEditDistance() {
        assertEquals(1, NamedQueries.distance("forum", "forums"));
        assertEquals(0, NamedQueries.distance("x", "x"));
        assertEquals(3, NamedQueries.distance("kitten", "sitting"));
    }
}
