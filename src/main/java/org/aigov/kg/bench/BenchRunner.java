package org.aigov.kg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole benchmark suite of issue 7 in one go and fills a {@link BenchTable}: build
 * rates and build vs parse per corpus size, linearity, TDB2 vs the bulk loader, our server vs
 * stock Fuseki (startup, throughput, p50/p99, peak heap), the seed in -Xmx256m, and the load run.
 */
public final class BenchRunner {
    private static final String UNION = "default-graph-uri=urn:x-arq:UnionGraph";
    /** Slices per client count when the two servers are driven in turns. */
    private static final int TURNS = 4;

    private final BenchPlan plan;
    private final GraphBuild loader;
    private final StoreLoad store;
    private final PrintWriter progress;
    private final BenchTable table = new BenchTable();
    private final List<String> notes = new ArrayList<>();

    public BenchRunner(BenchPlan plan, GraphBuild loader, StoreLoad store, PrintWriter progress) {
        this.plan = plan;
        this.loader = loader;
        this.store = store;
        this.progress = progress;
    }

    public BenchTable table() { return table; }

    public List<String> notes() { return notes; }

    public BenchTable run() throws IOException, InterruptedException {
        Map<Integer, BuildBench.Figures> builds = buildFigures();
        tdbFigures(builds);
        if (plan.serving()) servingFigures(builds);
        else notes.add("serving figures not measured in this run (--skip-serving)");
        return table;
    }

    private void say(String line) {
        progress.println(line);
        progress.flush();
    }

    private Path corpus(int size) throws IOException {
        Path dir = plan.workDir().resolve("corpus-" + size + "-seed-" + plan.seed());
        if (!Files.isDirectory(dir) || BuildBench.markdownFiles(dir).size() != size) {
            TdbBench.deleteTree(dir);
            new CorpusGenerator(plan.seed()).write(size, dir);
        }
        return dir;
    }

    private Map<Integer, BuildBench.Figures> buildFigures() throws IOException {
        Map<Integer, BuildBench.Figures> out = new LinkedHashMap<>();
        BuildBench bench = new BuildBench(loader, plan.repeats());
        say("warm-up build (JIT) on 20 statements …");
        new BuildBench(loader, 1).measure(corpus(20), plan.workDir().resolve("build-warmup"));
        for (int size : plan.sizes()) {
            say("building " + size + " statements …");
            BuildBench.Figures f = bench.measure(corpus(size), plan.workDir().resolve("build-" + size));
            out.put(size, f);
            say(String.format(java.util.Locale.ROOT, "  %d statements, %.1f MB, %d quads: extract %.2f s, build %.2f s, N-Triples parse %.2f s",
                    size, f.bytes() / 1e6, f.quads(), f.extractSeconds(), f.buildSeconds(), f.parseSeconds()));
            String n = String.format(java.util.Locale.ROOT, "%,d", size);
            table.figure("extraction (whole build), " + n + " statements", "statements/s", f.statementsPerSecond(), "", null,
                    String.format(java.util.Locale.ROOT, "%.1f MB of Markdown, %,d quads", f.bytes() / 1e6, f.quads()));
            table.figure("extraction (whole build), " + n + " statements", "MB/s", f.megabytesPerSecond(), "", null, "");
            table.compare("in-memory build (extract+materialise+validate), " + n + " statements", "s", f.buildSeconds(),
                    "Jena parses its N-Triples into memory", f.parseSeconds(), Double.NaN, 2.0, "");
        }
        List<Integer> sizes = plan.sizes();
        if (sizes.size() >= 2) {
            int small = sizes.get(sizes.size() - 2);
            int large = sizes.get(sizes.size() - 1);
            double factor = (double) large / small;
            table.compare(String.format(java.util.Locale.ROOT, "linearity: build of %,d vs %,d statements", large, small), "s",
                    out.get(large).buildSeconds(), String.format(java.util.Locale.ROOT, "build of %,d", small),
                    out.get(small).buildSeconds(), Double.NaN, 1.1 * factor,
                    String.format(java.util.Locale.ROOT, "corpus %.0fx larger", factor));
        }
        return out;
    }

    private void tdbFigures(Map<Integer, BuildBench.Figures> builds) throws IOException {
        int largest = builds.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Map.Entry<Integer, BuildBench.Figures> e : builds.entrySet()) {
            if (e.getKey() != largest) continue; // a disk load is timed on the largest corpus only
            say("TDB2 load of " + e.getKey() + " statements: ours vs Jena's bulk loader …");
            TdbBench.Figures f = new TdbBench(store).measure(e.getValue().nquads(), plan.workDir().resolve("tdb-" + e.getKey()));
            table.compare(String.format(java.util.Locale.ROOT, "TDB2 build, %,d statements (%,d quads)", e.getKey(), f.quads()),
                    "quads/s", f.quads() / f.oursSeconds(), "Jena TDB2 bulk loader, same N-Quads", f.bulkQuads() / f.bulkSeconds(),
                    0.8, Double.NaN, String.format(java.util.Locale.ROOT, "ours %.2f s (incl. text index + verify), bulk %.2f s",
                            f.oursSeconds(), f.bulkSeconds()));
        }
    }

    private void servingFigures(Map<Integer, BuildBench.Figures> builds) throws IOException, InterruptedException {
        if (!Files.isRegularFile(plan.jar())) {
            notes.add("serving figures skipped: " + plan.jar() + " missing (./mvnw -B -o -q package -DskipTests)");
            return;
        }
        List<NamedQuery> queries = NamedQueries.load(plan.queriesDir());
        if (queries.isEmpty()) {
            notes.add("serving figures skipped: no named queries in " + plan.queriesDir());
            return;
        }
        Path served;
        Path dump;
        if (plan.serveSize() > 0 && builds.containsKey(plan.serveSize())) {
            served = corpus(plan.serveSize());
            dump = builds.get(plan.serveSize()).nquads();
        } else {
            served = plan.seedStatements();
            dump = plan.workDir().resolve("seed.nq");
            Files.createDirectories(plan.workDir());
            BuildBench.write(loader.build(List.of(served)), plan.workDir().resolve("seed.nt"), dump);
        }
        String what = served.equals(plan.seedStatements()) ? "the seed statements" : plan.serveSize() + " synthetic statements";

        int oursPort = ServerProcess.freePort();
        ServingBench.Server ours = new ServingBench.Server("aigov serve",
                ServerProcess.javaJar(List.of(plan.heap()), plan.jar(), List.of("serve", served.toAbsolutePath().toString(),
                        "--port", Integer.toString(oursPort))),
                plan.projectDir(), SoakBench.local(oursPort, "/aigov/sparql"), List.of());
        ServingBench.Server stock = null;
        if (Files.isRegularFile(plan.fusekiJar())) {
            int stockPort = ServerProcess.freePort();
            stock = new ServingBench.Server("stock Fuseki 5.6.0",
                    ServerProcess.javaJar(List.of(plan.heap()), plan.fusekiJar(), List.of("--file", dump.toAbsolutePath().toString(),
                            "--port", Integer.toString(stockPort), "--localhost", "/ds")),
                    plan.workDir().resolve("stock-fuseki-run"), SoakBench.local(stockPort, "/ds/sparql"), List.of(UNION));
        } else {
            notes.add("stock Fuseki figures skipped: " + plan.fusekiJar() + " missing; get it with "
                    + "./mvnw -B dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/bench");
        }
        Path logs = plan.workDir().resolve("logs");
        List<NamedQuery> kept = filterQueries(queries, ours, stock, logs);

        ServingBench bench = new ServingBench(plan.clients(), plan.perLevel(), plan.warmup());
        ServingBench.Figures o;
        ServingBench.Figures s = null;
        if (stock != null) {
            say("serving " + what + ": " + ours.name() + " and " + stock.name() + ", in turns …");
            List<ServingBench.Figures> both = bench.measureInTurns(ours, stock, kept, logs.resolve("ours.log"), logs.resolve("stock.log"), TURNS);
            o = both.get(0);
            s = both.get(1);
        } else {
            say("serving " + what + ": " + ours.name() + " …");
            o = bench.measure(ours, kept, logs.resolve("ours.log"));
        }
        servingRows(o, s, what, kept.size());
        startupRows(served, dump, what, logs);

        say("seed statements in " + "-Xmx256m …");
        int smallPort = ServerProcess.freePort();
        ServingBench.Server small = new ServingBench.Server("aigov serve -Xmx256m",
                ServerProcess.javaJar(List.of("-Xmx256m"), plan.jar(), List.of("serve", plan.seedStatements().toAbsolutePath().toString(),
                        "--port", Integer.toString(smallPort))),
                plan.projectDir(), SoakBench.local(smallPort, "/aigov/sparql"), List.of());
        ServingBench.Figures tiny = new ServingBench(List.of(4), Duration.ofSeconds(10), Duration.ofSeconds(2))
                .measure(small, queries, logs.resolve("ours-256m.log"));
        LoadResult t = tiny.byClients().get(4);
        table.figure("seed served in -Xmx256m: errors over " + t.requests() + " requests (all named queries, 4 clients)", "",
                t.errors(), "0", t.errors() == 0, String.format(java.util.Locale.ROOT, "peak heap %.0f MB", tiny.peakHeapMb()));

        say("load run: " + plan.soakClients() + " clients for " + plan.soak().toSeconds() + " s …");
        int soakPort = ServerProcess.freePort();
        ServingBench.Server soakServer = new ServingBench.Server("aigov serve (load)",
                ServerProcess.javaJar(List.of(plan.heap()), plan.jar(), List.of("serve", served.toAbsolutePath().toString(),
                        "--port", Integer.toString(soakPort))),
                plan.projectDir(), SoakBench.local(soakPort, "/aigov/sparql"), List.of());
        SoakBench.Figures soak = new SoakBench(plan.soakClients(), plan.soak(), Duration.ofSeconds(10))
                .measure(soakServer, kept, logs.resolve("ours-load.log"));
        LoadResult lr = soak.load();
        String load = plan.soakClients() + " clients, " + plan.soak().toSeconds() + " s";
        table.figure("load (" + load + "): errors", "", lr.errors(), "0", lr.errors() == 0,
                String.format(java.util.Locale.ROOT, "%,d requests, %.0f req/s", lr.requests(), lr.throughput())
                        + (lr.errorSamples().isEmpty() ? "" : "; e.g. " + String.join("; ", lr.errorSamples())));
        table.figure("load (" + load + "): p50 / p99 latency", "ms", lr.percentileMillis(99), "", null,
                String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", lr.percentileMillis(50), lr.percentileMillis(99)));
        table.compare("load (" + load + "): heap after GC at the end", "MB", soak.heapAtEndMb(), "after warm-up",
                soak.heapAfterWarmupMb(), Double.NaN, 1.10, String.format(java.util.Locale.ROOT, "peak %.0f MB", soak.peakHeapMb()));
    }

    /** Startup medians: ours on the same dump as stock Fuseki (like for like), and ours building from Markdown. */
    private void startupRows(Path served, Path dump, String what, Path logs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(plan.fusekiJar())) return;
        int oursPort = ServerProcess.freePort();
        int stockPort = ServerProcess.freePort();
        String dumpPath = dump.toAbsolutePath().toString();
        ServingBench.Server fromDump = new ServingBench.Server("aigov serve DUMP",
                ServerProcess.javaJar(List.of(plan.heap()), plan.jar(), List.of("serve", dumpPath, "--port", Integer.toString(oursPort))),
                plan.projectDir(), SoakBench.local(oursPort, "/aigov/sparql"), List.of());
        ServingBench.Server fromMarkdown = new ServingBench.Server("aigov serve STATEMENTS",
                ServerProcess.javaJar(List.of(plan.heap()), plan.jar(), List.of("serve", served.toAbsolutePath().toString(),
                        "--port", Integer.toString(oursPort))),
                plan.projectDir(), SoakBench.local(oursPort, "/aigov/sparql"), List.of());
        ServingBench.Server stock = new ServingBench.Server("stock Fuseki --file DUMP",
                ServerProcess.javaJar(List.of(plan.heap()), plan.fusekiJar(), List.of("--file", dumpPath,
                        "--port", Integer.toString(stockPort), "--localhost", "/ds")),
                plan.workDir().resolve("stock-fuseki-run"), SoakBench.local(stockPort, "/ds/sparql"), List.of(UNION));
        say("startup: " + plan.startupRounds() + " rounds of three starts …");
        Map<String, Double> t = new StartupBench(plan.startupRounds()).measure(List.of(fromDump, fromMarkdown, stock), logs);
        String rounds = "median of " + plan.startupRounds() + " starts each, taking turns";
        table.compare("startup to first answer, same dump (" + what + ")", "s", t.get(fromDump.name()), "stock Fuseki --file dump",
                t.get(stock.name()), Double.NaN, 1.2, "both parse the N-Quads dump; ours also builds its text index; " + rounds);
        table.compare("startup to first answer, from Markdown (" + what + ")", "s", t.get(fromMarkdown.name()), "stock Fuseki --file dump",
                t.get(stock.name()), Double.NaN, 1.2, "ours reads, interprets and validates the statements; stock parses the finished dump");
    }

    private List<NamedQuery> filterQueries(List<NamedQuery> queries, ServingBench.Server ours, ServingBench.Server stock,
                                           Path logs) throws IOException, InterruptedException {
        if (stock == null) return queries;
        say("checking which named queries both servers answer …");
        try (ServerProcess a = ServerProcess.start(ours.name(), ours.command(), ours.workDir(), logs.resolve("ours-probe.log"),
                ours.queryUrl(), ours.protocolParams(), Duration.ofMinutes(10));
             ServerProcess b = ServerProcess.start(stock.name(), stock.command(), stock.workDir(), logs.resolve("stock-probe.log"),
                stock.queryUrl(), stock.protocolParams(), Duration.ofMinutes(10))) {
            List<String> excluded = new ArrayList<>();
            List<NamedQuery> kept = ServingBench.answeredByAll(queries, List.of(
                    new ServingBench.ProbeTarget(ours.name(), ours.queryUrl(), ours.protocolParams()),
                    new ServingBench.ProbeTarget(stock.name(), stock.queryUrl(), stock.protocolParams())), excluded);
            if (!excluded.isEmpty()) notes.add("left out of the comparison (not answered by both): " + String.join("; ", excluded));
            notes.add("queries compared (" + kept.size() + "): " + String.join(", ", kept.stream().map(NamedQuery::name).toList()));
            return kept;
        }
    }

    private void servingRows(ServingBench.Figures o, ServingBench.Figures s, String what, int queryCount) {
        boolean ref = s != null;
        String stockName = "stock Fuseki";
        for (int c : plan.clients()) {
            LoadResult lo = o.byClients().get(c);
            LoadResult ls = ref ? s.byClients().get(c) : null;
            table.compare("throughput, " + queryCount + " named queries, " + c + " client" + (c == 1 ? "" : "s"), "req/s",
                    lo.throughput(), ref ? stockName : "", ref ? ls.throughput() : Double.NaN, 1.0, Double.NaN,
                    "errors: ours " + lo.errors() + (ref ? ", stock " + ls.errors() : "")
                            + (lo.errorSamples().isEmpty() ? "" : "; e.g. " + lo.errorSamples().get(0)));
            table.compare("p50 latency, " + c + " client" + (c == 1 ? "" : "s"), "ms", lo.percentileMillis(50), ref ? stockName : "",
                    ref ? ls.percentileMillis(50) : Double.NaN, Double.NaN, Double.NaN, "");
            table.compare("p99 latency, " + c + " client" + (c == 1 ? "" : "s"), "ms", lo.percentileMillis(99), ref ? stockName : "",
                    ref ? ls.percentileMillis(99) : Double.NaN, Double.NaN, Double.NaN, "");
        }
        table.compare("peak heap while serving", "MB", o.peakHeapMb(), ref ? stockName : "", ref ? s.peakHeapMb() : Double.NaN,
                Double.NaN, Double.NaN, "same " + plan.heap());
    }

    /** A quick description of the machine for the report. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        long memKb = 0;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) memKb = Long.parseLong(l.replaceAll("\\D+", ""));
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave the memory out
        }
        return String.format(java.util.Locale.ROOT, "%d cores, %.0f GB RAM, Java %s (%s), %s %s",
                rt.availableProcessors(), memKb / 1024.0 / 1024.0, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

}
