package org.aigov.kg.graphview;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.aigov.kg.export.Fixture;
import org.aigov.kg.export.NetworkBuilder;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** The graph view also plugs into a bare Fuseki builder (GraphViewExtension.register) with the same data. */
class GraphViewExtensionTest {
    @Test
    void registersOnAPlainFusekiBuilder() throws Exception {
        Dataset ds = Fixture.dataset();
        FusekiServer server = GraphViewExtension.register(FusekiServer.create().port(0).loopback(true).add("/aigov", ds, false), ds)
                .build().start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/graph/data.json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(new NetworkBuilder(ds).defaultNetwork().nodes().size(),
                    JSON.parse(r.body()).get("elements").getAsObject().get("nodes").getAsArray().size());
        } finally {
            server.stop();
        }
    }
}
