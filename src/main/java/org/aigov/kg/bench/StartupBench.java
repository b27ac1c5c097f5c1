package org.aigov.kg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times process start to first answered query for several servers, taking turns round by round
 * (so a passing disturbance hits them alike), and reports each one's median.
 */
public final class StartupBench {
    private final int rounds;

    public StartupBench(int rounds) {
        this.rounds = Math.max(1, rounds);
    }

    /** Median startup seconds per server name, in the order given. */
    public Map<String, Double> measure(List<ServingBench.Server> servers, Path logs) throws IOException, InterruptedException {
        Map<String, double[]> times = new LinkedHashMap<>();
        for (ServingBench.Server s : servers) times.put(s.name(), new double[rounds]);
        for (int r = 0; r < rounds; r++) {
            for (ServingBench.Server s : servers) {
                Path log = logs.resolve("startup-" + s.name().replaceAll("\\W+", "-") + "-" + r + ".log");
                try (ServerProcess p = ServerProcess.start(s.name(), s.command(), s.workDir(), log, s.queryUrl(),
                        s.protocolParams(), Duration.ofMinutes(10))) {
                    times.get(s.name())[r] = p.startupSeconds();
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, t) -> medians.put(name, BuildBench.median(t)));
        return medians;
    }
}
