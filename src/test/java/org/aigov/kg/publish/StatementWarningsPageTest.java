package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.BuildResult;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.aigov.kg.server.AigovServer;
import org.aigov.kg.server.Extensions;
import org.junit.jupiter.api.Test;

/** The completeness warnings a build keeps in a statement's graph are shown at the top of that statement's page. */
class StatementWarningsPageTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static String page(AigovServer s, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1))).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET().build();
        HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, res.statusCode(), path);
        return res.body();
    }

    @Test
    void aDraftsPageShowsItsWarningsAndTheSeedsShowsNone() throws Exception {
        BuildResult kg = new KnowledgeGraphBuilder(BuildOptions.defaults().withThreads(1))
                .build(List.of(Path.of("src/test/resources/styles/draft-no-parties.md"), Path.of("data/statements")));
        AigovServer server = AigovServer.builder().dataset(kg.dataset().asDatasetGraph()).port(0)
                .extensions(Extensions.all()).build().start();
        try {
            String draft = page(server, "/id/statement/draft-no-parties");
            assertTrue(draft.contains("no parties found"), draft);
            assertTrue(draft.contains("a clause without an actor"), draft);
            String seed = page(server, "/id/statement/japan-india-ai-2026");
            assertFalse(seed.contains("no parties found") || seed.contains("a clause without an actor"), "the seed reads completely");
        } finally {
            server.stop();
        }
    }
}
