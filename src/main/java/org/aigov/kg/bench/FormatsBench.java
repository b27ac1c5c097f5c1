package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the build of one corpus from Markdown, from its web pages and from their PDF prints, so the cost
 * of reading HTML (jsoup) and PDF (PDFBox) shows beside the loader's own.
 */
public final class FormatsBench {
    /** Median build seconds per format, and the statements built. */
    public record Figures(int statements, double markdownSeconds, double htmlSeconds, double pdfSeconds) {
        public double htmlVsMarkdown() { return htmlSeconds / markdownSeconds; }
        public double pdfVsMarkdown() { return pdfSeconds / markdownSeconds; }
    }

    private final GraphBuild loader;
    private final int repeats;

    public FormatsBench(GraphBuild loader, int repeats) {
        this.loader = loader;
        this.repeats = Math.max(1, repeats);
    }

    /** Writes the corpus of {@code count} statements in three formats under {@code work} (kept between runs) and times each build. */
    public Figures measure(int count, long seed, Path work) throws IOException {
        Path md = work.resolve("md"), html = work.resolve("html"), pdf = work.resolve("pdf");
        if (files(md).size() != count || files(html).size() != count || files(pdf).size() != count) {
            TdbBench.deleteTree(work);
            new CorpusGenerator(seed).write(count, md);
            PublishedCorpus.pages(files(md), html);
            PublishedCorpus.prints(files(html), pdf);
        }
        loader.build(files(md).subList(0, Math.min(20, count))); // warm the JIT before anything is timed
        List<Path> dirs = List.of(md, html, pdf);
        double[][] t = new double[dirs.size()][repeats];
        for (int r = 0; r < repeats; r++) { // formats take turns, so a busy spell of the machine weighs on all three alike
            for (int f = 0; f < dirs.size(); f++) {
                long t0 = System.nanoTime();
                loader.build(List.of(dirs.get(f)));
                t[f][r] = BuildBench.seconds(t0);
            }
        }
        return new Figures(count, BuildBench.median(t[0]), BuildBench.median(t[1]), BuildBench.median(t[2]));
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
