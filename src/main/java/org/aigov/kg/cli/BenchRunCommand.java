package org.aigov.kg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.bench.BenchPlan;
import org.aigov.kg.bench.BenchRunner;
import org.aigov.kg.bench.BenchTable;
import org.aigov.kg.bench.GraphBuild;
import org.aigov.kg.bench.StoreLoad;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.store.TdbStore;
import org.apache.jena.riot.RDFParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigov bench run}: the whole suite in one run, each figure beside its reference (docs/BENCHMARKS.md). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run every benchmark and print the table of figures, references, ratios and goals.",
                "Needs target/aigov-kg.jar (./mvnw -B -o -q package -DskipTests) and, for the stock comparison,",
                "target/bench/jena-fuseki-server-5.6.0.jar (./mvnw -B dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/bench)."})
public final class BenchRunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "100,1000,10000", description = "corpus sizes (default: ${DEFAULT-VALUE}); the last two give linearity")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--startup-rounds", defaultValue = "5", description = "starts of each server for the startup figure, median reported (default: ${DEFAULT-VALUE})")
    int startupRounds;

    @Option(names = "--repeats", defaultValue = "3", description = "timed repeats per build figure, median reported (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--serve-size", defaultValue = "1000", description = "synthetic statements served in the server comparison; 0 = the seed (default: ${DEFAULT-VALUE})")
    int serveSize;

    @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "client counts (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--per-level", defaultValue = "20s", converter = PublishCommand.DurationConverter.class, description = "time at each client count (default: ${DEFAULT-VALUE})")
    Duration perLevel;

    @Option(names = "--load-clients", defaultValue = "32", description = "clients in the load run (default: ${DEFAULT-VALUE})")
    int soakClients;

    @Option(names = "--load-time", defaultValue = "60s", converter = PublishCommand.DurationConverter.class, description = "length of the load run (default: ${DEFAULT-VALUE})")
    Duration soak;

    @Option(names = "--heap", defaultValue = "-Xmx1g", description = "heap flag of both servers (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--work", defaultValue = "target/bench", description = "work directory (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--jar", defaultValue = "target/aigov-kg.jar", description = "our jar (default: ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--fuseki-jar", defaultValue = "target/bench/jena-fuseki-server-5.6.0.jar", description = "stock Fuseki jar (default: ${DEFAULT-VALUE})")
    Path fusekiJar;

    @Option(names = "--queries", description = "named queries to drive (default: those bundled in the jar)")
    Path queries = org.aigov.kg.bundle.Bundled.queries();

    @Option(names = "--skip-serving", description = "only the build and TDB2 figures (no server processes)")
    boolean skipServing;

    @Option(names = "--report", description = "also write the table (Markdown) to this file (default: WORK/report.md)")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) throw new BadInputException("--sizes", "sizes must be positive: " + sizes);
        if (clients.stream().anyMatch(c -> c < 1)) throw new BadInputException("--clients", "client counts must be positive: " + clients);
        PrintWriter out = spec.commandLine().getOut();
        BuildOptions options = BuildOptions.defaults();
        KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(options);
        GraphBuild loader = GraphBuild.of(builder);
        StoreLoad store = (dir, nquads) -> new TdbStore(dir)
                .rebuild("bench", sink -> RDFParser.source(nquads).parse(sink)).quads();
        BenchPlan plan = new BenchPlan(sizes, seed, work, repeats, serveSize, jar, fusekiJar, heap, clients, perLevel,
                Duration.ofSeconds(5), soakClients, soak, Path.of("data", "statements"), queries, Path.of("").toAbsolutePath(), !skipServing, startupRounds);
        long t0 = System.nanoTime();
        BenchRunner runner = new BenchRunner(plan, loader, store, out);
        BenchTable table = runner.run();
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(BenchRunner.machine()).append("\n\n");
        md.append("Command: `java -jar target/aigov-kg.jar bench run --sizes ")
          .append(String.join(",", sizes.stream().map(String::valueOf).toList())).append(" --seed ").append(seed)
          .append(" --serve-size ").append(serveSize).append(" --per-level ").append(perLevel.toSeconds()).append("s --load-time ")
          .append(soak.toSeconds()).append("s --repeats ").append(repeats).append(" --startup-rounds ").append(startupRounds)
          .append(" --heap ").append(heap).append("`\n\n");
        md.append(table.toMarkdown());
        for (String n : runner.notes()) md.append("\n- ").append(n);
        md.append(String.format(java.util.Locale.ROOT, "%n%nWhole run: %.0f s.%n", (System.nanoTime() - t0) / 1e9));
        out.println();
        out.println(md);
        Path file = report != null ? report : work.resolve("report.md");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
        out.println("report written to " + file + (table.allGoalsMet() ? "" : " — some goals are NOT met (see 'met' column)"));
        return ExitCodes.OK;
    }
}
