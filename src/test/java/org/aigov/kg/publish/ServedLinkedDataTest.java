package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.aigov.kg.server.AigovServer;
import org.aigov.kg.server.Extensions;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The layer as `aigov serve` mounts it: through server/Extensions on the read-only union view of AigovServer. */
class ServedLinkedDataTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<byte[]> get(AigovServer s, String path, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1))).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET().build();
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pagesVoidAndDumpsThroughTheServerExtension() throws Exception {
        Dataset ds = LdTestServer.fixture();
        AigovServer server = AigovServer.builder().dataset(ds.asDatasetGraph()).port(0)
                .baseIri(LdTestServer.BASE).extensions(Extensions.all()).build().start();
        try {
            HttpResponse<byte[]> page = get(server, "/id/country/japan?lang=ja", "text/html");
            assertEquals(200, page.statusCode());
            String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(html.contains("<h1 id=\"label\">日本</h1>") && html.contains("<mark>Japan</mark>"), html);

            String voidTtl = new String(get(server, "/.well-known/void", "text/turtle").body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(voidTtl.contains(server.endpointUrl()) || voidTtl.contains("/aigov/sparql>"), "names the server's endpoint: " + voidTtl);

            // the served dataset's default graph is the union: the dump must still hold each triple once, in its own graph
            DatasetGraph source = Txn.calculateRead(ds, () -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
            byte[] trig = get(server, "/dumps/aigov.trig", "*/*").body();
            assertTrue(IsoMatcher.isomorphic(source, Interop.jena(trig, Lang.TRIG)), "TriG dump = the named graphs, nothing doubled");
            assertEquals(200, get(server, "/ontology", "text/html").statusCode());
        } finally {
            server.stop();
        }
    }
}
