package org.aigov.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementReaderTest {
    private static final Path SEED = Path.of("data/statements/japan-india-ai-2026.md");

    @Test
    void seedTitleKeepsItsEnDashAndSectionsAreNumbered() {
        Document doc = StatementReader.read(SEED);
        assertEquals("Japan \u2013 India Joint Statement on cooperation in the field of artificial intelligence (AI)", doc.title());
        assertEquals(List.of(1, 2, 3), doc.sections().stream().map(Section::number).toList());
        assertEquals("AI for All", doc.section(3).title());
        assertEquals("japan-india-ai-2026", doc.slug());
    }

    @Test
    void everySentenceIsTheExactSourceTextAtItsOffsets() throws Exception {
        String raw = Files.readString(SEED);
        Document doc = StatementReader.read(SEED);
        assertEquals(45, doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            assertEquals(raw.substring(s.span().begin(), s.span().end()), s.text(), "sentence " + s.number());
            assertFalse(s.text().isBlank());
        }
    }

    @Test
    void markersAndRulesAreNotSentencesAndPageBreaksDoNotSplitOne() {
        Document doc = StatementReader.read(SEED);
        assertTrue(doc.sentences().stream().noneMatch(s -> s.text().equals("[P]") || s.text().contains("*****")));
        Sentence broken = doc.sentences().stream().filter(s -> s.text().startsWith("They encouraged relevant institutions")).findFirst().orElseThrow();
        assertTrue(broken.text().contains("cooperation through Trusted AI Commons"), broken.text());
        assertEquals(1, broken.area());
    }

    @Test
    void frontMatterGivesIdTitleDateAndPartiesAndOffsetsStayInTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.md");
        String text = "---\nid: Paris 2026\ntitle: “Paris” Declaration & AI\ndate: 2026-05-20\nparties: [France, India]\n---\n\n"
                + "We, the Ministers, reaffirm our commitment. [P]\n\n\\*\\*\\*\\*\\*\n";
        Files.writeString(f, text);
        Document doc = StatementReader.read(f);
        assertEquals("paris-2026", doc.slug());
        assertEquals("“Paris” Declaration & AI", doc.title());
        assertEquals("2026-05-20", doc.meta().date());
        assertEquals(List.of("France", "India"), doc.meta().parties());
        assertEquals(1, doc.sentences().size());
        Sentence s = doc.sentences().get(0);
        assertEquals("We, the Ministers, reaffirm our commitment.", s.text());
        assertEquals(text.indexOf("We,"), s.span().begin());
    }

    @Test
    void abbreviationsDoNotEndSentences(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("y.md");
        Files.writeString(f, "# T\n\nThey met Dr. Rao, e.g. in the U.S. capital. Then they left.\n");
        assertEquals(2, StatementReader.read(f).sentences().size());
    }
}
