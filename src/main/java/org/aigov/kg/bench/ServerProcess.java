package org.aigov.kg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SPARQL server run as a child process for a benchmark: started, timed from process start to
 * its first answered query, and stopped (gracefully, then forcibly) on close.
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final URI queryUrl;
    private long startupNanos = -1;

    private ServerProcess(String name, Process process, Path log, URI queryUrl) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.queryUrl = queryUrl;
    }

    /** The java launcher of the running JVM, so children run on the same Java. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A free loopback port (the child binds it a moment later; a clash fails the start loudly). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts the command in workDir, output to log, and waits until queryUrl answers ASK {} with
     * 200 (with probeParams added), or fails after maxWait or when the process dies.
     */
    public static ServerProcess start(String name, List<String> command, Path workDir, Path log, URI queryUrl,
                                      List<String> probeParams, Duration maxWait) throws IOException, InterruptedException {
        LoadDriver.requireLoopback(queryUrl);
        Files.createDirectories(workDir);
        Files.createDirectories(log.toAbsolutePath().getParent());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess sp = new ServerProcess(name, p, log, queryUrl);
        try {
            sp.startupNanos = sp.awaitFirstAnswer(t0, probeParams, maxWait);
        } catch (IOException | RuntimeException | InterruptedException e) {
            sp.close();
            throw e;
        }
        return sp;
    }

    private long awaitFirstAnswer(long t0, List<String> probeParams, Duration maxWait) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder(queryUrl.toString()).append("?query=").append(URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        for (String param : probeParams) q.append('&').append(param.replace(":", "%3A"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(q.toString())).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/sparql-results+json").GET().build();
        long deadline = t0 + maxWait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + " before answering; log: " + log + "\n" + tail());
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return System.nanoTime() - t0;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IOException(name + " did not answer within " + maxWait.toSeconds() + " s; log: " + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable)";
        }
    }

    public String name() { return name; }

    public long pid() { return process.pid(); }

    public URI queryUrl() { return queryUrl; }

    public boolean isAlive() { return process.isAlive(); }

    /** Seconds from process start to the first answered query. */
    public double startupSeconds() { return startupNanos / 1e9; }

    /** Sends SIGKILL (crash tests). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The command line of a java child process with the given JVM options, jar and arguments. */
    public static List<String> javaJar(List<String> jvmOptions, Path jar, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        cmd.addAll(args);
        return cmd;
    }
}
