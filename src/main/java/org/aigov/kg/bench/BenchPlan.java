package org.aigov.kg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one {@code aigov bench run} measures and how long it may take.
 *
 * @param sizes         corpus sizes in statements (the last two give the linearity figure)
 * @param seed          corpus seed
 * @param workDir       corpora, dumps, databases and logs go here
 * @param repeats       timed repeats of each build figure (the median is reported)
 * @param serveSize     corpus size served in the server comparison (0 = the seed statements)
 * @param jar           our shaded jar (target/aigov-kg.jar)
 * @param fusekiJar     stock jena-fuseki-server jar
 * @param heap          JVM heap flag for both servers, e.g. -Xmx1g
 * @param clients       client counts for throughput
 * @param perLevel      time at each client count
 * @param warmup        warm-up before counting
 * @param soakClients   clients in the load run
 * @param soak          length of the load run
 * @param seedStatements the seed statements directory (served in -Xmx256m)
 * @param queriesDir    the named queries
 * @param projectDir    working directory of our server (where ontology/ and data/ are)
 * @param serving       whether to run the server comparison and the load run
 * @param startupRounds starts of each server for the startup figure (the median is reported)
 */
public record BenchPlan(List<Integer> sizes, long seed, Path workDir, int repeats, int serveSize, Path jar,
                        Path fusekiJar, String heap, List<Integer> clients, Duration perLevel, Duration warmup,
                        int soakClients, Duration soak, Path seedStatements, Path queriesDir, Path projectDir,
                        boolean serving, int startupRounds) {}
