package org.aigov.kg.server;

import org.aigov.kg.store.QuadSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.aigov.kg.store.MemoryStore;
import org.aigov.kg.source.RdfFiles;
import org.aigov.kg.store.ServingDataset;

/** Starts the server on port 0 over the small fixture graph and speaks HTTP to it (loopback only). */
final class ServerFixture implements AutoCloseable {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/serve-small.trig");

    final ServingDataset data;
    final AigovServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    ServerFixture(Consumer<AigovServer.Builder> settings) {
        data = MemoryStore.load((QuadSource) out -> RdfFiles.emitQuads(FIXTURE, out));
        AigovServer.Builder b = AigovServer.builder().dataset(data.dataset()).port(0)
                .queriesDir(Path.of("src/test/resources/fixtures/queries"))
                .extensions(Extensions.all());
        settings.accept(b);
        AigovServer s = b.build();
        try {
            s.start();
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
        server = s;
    }

    ServerFixture() {
        this(b -> {});
    }

    String url(String path) {
        return server.url() + (path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/aigov/sparql?query=" + enc(sparql), "Accept", accept);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        // A fresh connection each time: a server may close one after refusing a body it did not read,
        // and a pooled connection reused in that moment fails with "header parser received no bytes".
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            data.close();
        }
    }
}
