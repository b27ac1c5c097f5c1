package org.aigov.kg.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/** Test harness: a Fuseki server on a free port serving the fixture with the linked-data layer; close() stops it. */
final class LdTestServer implements AutoCloseable {
    static final String BASE = "https://w3id.org/aigov/id/";

    final Dataset dataset;
    final FusekiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LdTestServer() {
        this(fixture());
    }

    LdTestServer(Dataset ds) {
        this.dataset = ds;
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/aigov", ds);
        LinkedDataExtension.register(b, ds, BASE);
        this.server = b.build().start();
    }

    static Dataset fixture() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, "publish/fixture.trig");
        return ds;
    }

    String url(String path) { return "http://localhost:" + server.getHttpPort() + path; }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request line verbatim (no client-side normalisation of the path) and returns the whole response text. */
    String raw(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.getHttpPort())) {
            s.setSoTimeout(15000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
