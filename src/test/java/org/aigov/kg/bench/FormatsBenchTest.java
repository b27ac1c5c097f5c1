package org.aigov.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.BuildSummary;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats benchmark builds one synthetic corpus from Markdown, pages and prints, and all three say the same. */
class FormatsBenchTest {
    private final KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(BuildOptions.defaults());

    @Test
    void theThreeFormatsOfACorpusGiveTheSameStatementsSentencesAndClauses(@TempDir Path work) throws Exception {
        GraphBuild loader = GraphBuild.of(builder);
        FormatsBench.Figures f = new FormatsBench(loader, 1).measure(6, 7, work);
        assertEquals(6, f.statements());
        assertTrue(f.markdownSeconds() > 0 && f.htmlSeconds() > 0 && f.pdfSeconds() > 0);
        BuildSummary md = builder.build(List.of(work.resolve("md"))).summary();
        for (String format : List.of("html", "pdf")) {
            BuildSummary other = builder.build(List.of(work.resolve(format))).summary();
            assertEquals(md.statements(), other.statements(), format);
            assertEquals(md.sentences(), other.sentences(), format + " sentences");
            assertEquals(md.clauses(), other.clauses(), format + " clauses");
            assertEquals(md.entitiesByType(), other.entitiesByType(), format + " entities");
        }
    }
}
