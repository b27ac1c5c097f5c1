package org.aigov.kg.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.StatementReader;
import org.aigov.kg.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecogniserTest {
    static Recogniser recogniser;
    @TempDir static Path dir;

    @BeforeAll
    static void load() {
        recogniser = new Recogniser(Gazetteer.load(Path.of("data/gazetteer"), Iris.standard()), Iris.standard());
    }

    private static Recognition read(String body) throws Exception {
        Path f = dir.resolve("s" + System.nanoTime() + ".md");
        Files.writeString(f, "# A statement\n\n" + body + "\n");
        Document doc = StatementReader.read(f);
        return recogniser.recognise(doc);
    }

    private static Entity named(Recognition r, String label) {
        return r.entities().values().stream().filter(e -> e.label().equals(label)).findFirst().orElse(null);
    }

    @Test
    void anAcronymDefinitionNamesANewEntityAndItsLaterBareUseResolvesToIt() throws Exception {
        Recognition r = read("The ministers launched the Coastal Resilience Data Alliance (CRDA). They will fund the CRDA until 2030.");
        Entity crda = named(r, "Coastal Resilience Data Alliance");
        assertNotNull(crda, r.entities().toString());
        assertEquals(Kind.FORUM, crda.kind());
        assertFalse(crda.known());
        assertEquals("https://w3id.org/aigov/id/forum/coastal-resilience-data-alliance", crda.iri());
        assertEquals(3, r.mentions().stream().filter(m -> m.entity().equals(crda)).count(), r.mentions().toString());
    }

    @Test
    void headNounsTypeTitleCasePhrasesAndLoneWordsAreNotEntities() throws Exception {
        Recognition r = read("They welcomed the Nordic AI Skills Initiative and the Reykjavik Principles on Open Models. Progress was noted.");
        assertEquals(Kind.INITIATIVE, named(r, "Nordic AI Skills Initiative").kind());
        assertEquals(Kind.FRAMEWORK, named(r, "Reykjavik Principles on Open Models").kind());
        assertNull(named(r, "Progress"));
    }

    @Test
    void gazetteerNamesWinByLongestMatchAndAcronymsAreCaseSensitive() throws Exception {
        Recognition r = read("They reaffirmed the Hiroshima AI Process Friends Group and the OECD, and asked us to oecd-check nothing.");
        List<String> labels = r.mentions().stream().map(m -> m.entity().label()).toList();
        assertTrue(labels.contains("Hiroshima AI Process Friends Group"), labels.toString());
        assertFalse(labels.contains("Hiroshima AI Process"), labels.toString());
        assertEquals(1, labels.stream().filter(l -> l.startsWith("Organisation for Economic")).count(), labels.toString());
    }

    @Test
    void peopleAreFoundByTheirTitlesWithoutHonorifics() throws Exception {
        Recognition r = read("President Jean Dupont welcomed Mr Arun Mehta, Prime Minister of India.");
        assertEquals(Kind.PERSON, named(r, "Jean Dupont").kind());
        assertEquals(Kind.PERSON, named(r, "Arun Mehta").kind());
        assertNull(named(r, "Mr Arun Mehta"));
    }

    @Test
    void agreementPartiesBecomeOrganisations() throws Exception {
        Recognition r = read("They welcomed a MoU between Kestrel Labs and the Tamil Nadu Data Authority to build datasets.");
        assertEquals(1, r.agreements().size());
        assertEquals(Kind.ORGANIZATION, named(r, "Kestrel Labs").kind());
        assertEquals(Kind.ORGANIZATION, named(r, "Tamil Nadu Data Authority").kind());
    }
}
