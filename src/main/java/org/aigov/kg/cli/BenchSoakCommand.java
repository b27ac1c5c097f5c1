package org.aigov.kg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aigov.kg.bench.HostileQueries;
import org.aigov.kg.bench.HostileSoak;
import org.aigov.kg.bench.NamedQueries;
import org.aigov.kg.bench.ServerProcess;
import org.aigov.kg.bench.ServingBench;
import org.aigov.kg.bench.SoakBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigov bench soak}: the hostile soak of issue 16 against one {@code aigov serve} child process.
 *
 * <pre>java -jar target/aigov-kg.jar bench soak --heap -Xmx512m --duration 60s</pre>
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Serve data/statements in a child JVM; send the named queries from --named-clients clients beside the",
                "expensive queries of bench/hostile-queries.rq from --hostile-clients clients for --duration.",
                "Reports named-query errors, hostile answers, OutOfMemoryError, peak heap, RSS, and heap after GC vs warm."})
public final class BenchSoakCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--heap", defaultValue = "-Xmx512m", description = "heap flag of the server (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class, description = "length of the soak (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class, description = "named queries alone before the soak (default: ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--named-clients", defaultValue = "16", description = "clients sending the named queries (default: ${DEFAULT-VALUE})")
    int namedClients;

    @Option(names = "--hostile-clients", defaultValue = "8", description = "clients sending the expensive queries (default: ${DEFAULT-VALUE})")
    int hostileClients;

    @Option(names = "--jar", defaultValue = "target/aigov-kg.jar", description = "the server's jar (default: ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--queries", defaultValue = "queries", description = "named queries (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--work", defaultValue = "target/bench/soak", description = "work directory: server log, report (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--serve-option", paramLabel = "OPT", description = "an extra option for aigov serve, e.g. --serve-option=--timeout=5s (repeatable)")
    List<String> serveOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int port = ServerProcess.freePort();
        List<String> args = new ArrayList<>(List.of("serve", "data/statements", "--port", Integer.toString(port)));
        args.addAll(serveOptions);
        ServingBench.Server server = new ServingBench.Server("aigov serve (hostile soak)",
                ServerProcess.javaJar(List.of(heap), jar, args), Path.of("").toAbsolutePath(),
                SoakBench.local(port, "/aigov/sparql"), List.of());
        out.printf("hostile soak: %d named + %d hostile clients for %d s on %s …%n", namedClients, hostileClients, duration.toSeconds(), heap);
        out.flush();
        HostileSoak.Figures f = new HostileSoak(namedClients, hostileClients, duration, warmup)
                .measure(server, NamedQueries.load(queries), HostileQueries.load(), work.resolve("server.log"));
        String report = report(f);
        out.println(report);
        Files.createDirectories(work);
        Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
        boolean met = f.named().errors() == 0 && !f.outOfMemory() && f.serverAlive() && f.heapGrowth() <= 1.10;
        out.println(met ? "every goal met" : "some goals are NOT met");
        return ExitCodes.OK;
    }

    private String report(HostileSoak.Figures f) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Command: `java -jar target/aigov-kg.jar bench soak --heap %s --duration %ds --warmup %ds --named-clients %d --hostile-clients %d`%n%n",
                heap, duration.toSeconds(), warmup.toSeconds(), namedClients, hostileClients));
        s.append("| measure | value | goal | met |\n|---|---:|---|---|\n");
        row(s, "named queries: errors", f.named().errors() + " of " + f.named().requests() + " requests", "0", f.named().errors() == 0);
        row(s, "named queries: throughput", String.format(Locale.ROOT, "%.1f req/s", f.named().throughput()), "", null);
        row(s, "named queries: p50 / p99 latency", String.format(Locale.ROOT, "%.1f ms / %.1f ms",
                f.named().percentileMillis(50), f.named().percentileMillis(99)), "", null);
        row(s, "hostile queries: answered other than 200 (cancelled, refused)", f.hostile().errors() + " of " + f.hostile().requests(), "", null);
        row(s, "OutOfMemoryError in the server log", f.outOfMemory() ? "yes" : "no", "no", !f.outOfMemory());
        row(s, "server alive at the end", f.serverAlive() ? "yes" : "no", "yes", f.serverAlive());
        row(s, "peak heap (jstat, every 250 ms)", String.format(Locale.ROOT, "%.0f MB", f.peakHeapMb()), "", null);
        row(s, "peak RSS (VmHWM) / RSS at the end", String.format(Locale.ROOT, "%.0f MB / %.0f MB", f.peakRssMb(), f.endRssMb()), "", null);
        row(s, "heap after GC: end / warm", String.format(Locale.ROOT, "%.1f MB / %.1f MB = %.2fx", f.endHeapMb(), f.warmHeapMb(), f.heapGrowth()),
                "≤ 1.10x", f.heapGrowth() <= 1.10);
        s.append("\nHostile samples: ").append(f.hostile().errorSamples()).append('\n');
        if (!f.named().errorSamples().isEmpty()) s.append("Named-query errors: ").append(f.named().errorSamples()).append('\n');
        return s.toString();
    }

    private static void row(StringBuilder s, String measure, String value, String goal, Boolean met) {
        s.append("| ").append(measure).append(" | ").append(value).append(" | ").append(goal).append(" | ")
                .append(met == null ? "" : met ? "yes" : "no").append(" |\n");
    }
}
