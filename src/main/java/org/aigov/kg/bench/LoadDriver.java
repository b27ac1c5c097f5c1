package org.aigov.kg.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop SPARQL load driver: N clients, each sending the next query as soon as the last
 * answer is read, for a bounded time and a bounded number of requests, to loopback only.
 *
 * <pre>LoadResult r = new LoadDriver(URI.create("http://127.0.0.1:3030/aigov/sparql"), queries).run(16, Duration.ofSeconds(10), 1_000_000);</pre>
 */
public final class LoadDriver {
    private static final int MAX_ERROR_SAMPLES = 5;

    private final URI endpoint;
    private final List<NamedQuery> queries;
    private final List<String> extraParams;
    private final Duration requestTimeout;

    public LoadDriver(URI endpoint, List<NamedQuery> queries) {
        this(endpoint, queries, List.of(), Duration.ofSeconds(30));
    }

    /** extraParams are protocol parameters sent with every query, e.g. "default-graph-uri=urn:x-arq:UnionGraph". */
    public LoadDriver(URI endpoint, List<NamedQuery> queries, List<String> extraParams, Duration requestTimeout) {
        requireLoopback(endpoint);
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries to send");
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
        this.extraParams = List.copyOf(extraParams);
        this.requestTimeout = requestTimeout;
    }

    /** Benchmark traffic never leaves the machine. */
    static void requireLoopback(URI endpoint) {
        try {
            if (endpoint.getHost() == null || !InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("load driver sends to loopback only, not " + endpoint);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve " + endpoint, e);
        }
    }

    /** Runs clients concurrently until duration has passed or maxRequests were sent in total. */
    public LoadResult run(int clients, Duration duration, long maxRequests) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = Collections.synchronizedList(new ArrayList<>());
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                LongList lat = new LongList();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                int next = id;
                while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    NamedQuery q = queries.get(next++ % queries.size());
                    long t0 = System.nanoTime();
                    String problem = send(http, q);
                    lat.add(System.nanoTime() - t0);
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (samples.size() < MAX_ERROR_SAMPLES) samples.add(q.name() + ": " + problem);
                    }
                }
                perClient.add(lat.toArray());
            }, "load-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) t.join(duration.toMillis() + requestTimeout.toMillis() + 5_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        LongList all = new LongList();
        synchronized (perClient) {
            for (long[] l : perClient) for (long v : l) all.add(v);
        }
        return new LoadResult(clients, all.size(), errors.get(), seconds, all.toArray(), List.copyOf(samples));
    }

    /** Sends one query as an HTML-form POST and reads the whole answer; returns null or what went wrong. */
    private String send(HttpClient http, NamedQuery q) {
        StringBuilder form = new StringBuilder("query=").append(URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8));
        for (String p : extraParams) {
            int eq = p.indexOf('=');
            form.append('&').append(p, 0, eq + 1).append(URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8));
        }
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A growable array of longs (latencies) without boxing. */
    private static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int size() { return n; }

        long[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }
}
