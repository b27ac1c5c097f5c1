package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.bench.FormatsBench;
import org.aigov.kg.bench.GraphBuild;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigov bench formats}: the build of one synthetic corpus from Markdown, HTML pages and PDF prints, with the ratios. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Build N synthetic statements from Markdown, from the same as web pages and as PDF prints; print the times and ratios.")
public final class BenchFormatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "1000", description = "statements (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--repeats", defaultValue = "3", description = "timed builds per format; the median counts (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--work", defaultValue = "target/bench-formats", description = "where the three corpora are written (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (count < 1) throw new BadInputException("--count", "must be at least 1, got " + count);
        KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(BuildOptions.defaults());
        GraphBuild loader = GraphBuild.of(builder);
        FormatsBench.Figures f = new FormatsBench(loader, repeats).measure(count, seed, work.resolve(count + "-seed-" + seed));
        var out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "| build of %d statements | seconds (median of %d) | vs Markdown |%n|---|---:|---:|%n", f.statements(), repeats);
        out.printf(java.util.Locale.ROOT, "| Markdown | %.2f | 1.00 |%n", f.markdownSeconds());
        out.printf(java.util.Locale.ROOT, "| HTML pages (jsoup) | %.2f | %.2f |%n", f.htmlSeconds(), f.htmlVsMarkdown());
        out.printf(java.util.Locale.ROOT, "| PDF prints (PDFBox) | %.2f | %.2f |%n", f.pdfSeconds(), f.pdfVsMarkdown());
        out.flush();
        return ExitCodes.OK;
    }
}
