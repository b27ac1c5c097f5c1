package org.aigov.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads another JVM's heap use without JMX: {@code jstat -gc} (perf-data counters) for the
 * used heap, sampled in the background for the peak; {@code jcmd GC.run} forces a collection
 * for "heap after GC".
 */
public final class HeapSampler implements AutoCloseable {
    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private volatile long peakKb;
    private volatile long lastKb = -1;

    private HeapSampler(long pid, Process jstat) {
        this.pid = pid;
        this.jstat = jstat;
        this.reader = new Thread(this::readSamples, "jstat-" + pid);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts sampling the process every intervalMillis. */
    public static HeapSampler start(long pid, int intervalMillis) throws IOException {
        Process p = new ProcessBuilder(jdkTool("jstat"), "-gc", Long.toString(pid), Integer.toString(intervalMillis))
                .redirectErrorStream(true).start();
        return new HeapSampler(pid, p);
    }

    private void readSamples() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                long used = usedKb(line);
                if (used >= 0) {
                    lastKb = used;
                    peakKb = Math.max(peakKb, used);
                }
            }
        } catch (IOException ignored) {
            // jstat ended with the process
        }
    }

    /** S0U + S1U + EU + OU of one "jstat -gc" data line, in KB; -1 for the header or junk. */
    static long usedKb(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 8) return -1;
        try {
            return Math.round(Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[5]) + Double.parseDouble(f[7]));
        } catch (NumberFormatException header) {
            return -1;
        }
    }

    public double peakMb() { return peakKb / 1024.0; }

    /** Forces a full collection in the target and returns the heap used right after it, in MB. */
    public double heapAfterGcMb() throws IOException, InterruptedException {
        run(jdkTool("jcmd"), Long.toString(pid), "GC.run");
        Process once = new ProcessBuilder(jdkTool("jstat"), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
        String out = new String(once.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        once.waitFor(30, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            long used = usedKb(line);
            if (used >= 0) return used / 1024.0;
        }
        throw new IOException("jstat gave no heap figure for " + pid + ": " + out);
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
    }

    /** A tool from the running JDK (jstat, jcmd), else from the PATH. */
    static String jdkTool(String name) {
        java.nio.file.Path p = java.nio.file.Path.of(System.getProperty("java.home"), "bin", name);
        return java.nio.file.Files.isExecutable(p) ? p.toString() : name;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
