package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The query page: served with its assets from the jar, lists the named queries with their headers (the browser side: workbench.QueryEditorBrowserTest). */
class QueryPageTest {

    @Test
    void headerCommentsGiveTitleDescriptionAndParams() {
        ExampleQueries.Example e = ExampleQueries.parse("provenance", """
                # title: Provenance of an entity
                # description: The sentences that mention an entity,
                #   with their offsets.
                # param: entity — IRI of the entity
                PREFIX aigo: <https://w3id.org/aigov/ontology#>
                # not part of the header
                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Provenance of an entity", e.title());
        assertEquals("The sentences that mention an entity, with their offsets.", e.description());
        assertEquals(List.of("entity — IRI of the entity"), e.params());
        assertTrue(e.text().contains("SELECT"));
    }

    @Test
    void everyQueryOfTheLibraryIsOfferedWithItsTitle() throws Exception {
        Path dir = Path.of("queries");
        long rq;
        try (var s = Files.list(dir)) {
            rq = s.filter(p -> p.toString().endsWith(".rq")).count();
        }
        List<ExampleQueries.Example> examples = ExampleQueries.read(dir);
        assertEquals(rq, examples.size());
        for (ExampleQueries.Example e : examples) {
            assertTrue(!e.title().equals(e.name()) && !e.title().isBlank(), e.name() + " has no '# title:' the page can show");
            assertTrue(!e.description().isBlank(), e.name() + " has no '# description:'");
        }
    }

    @Test
    void aByteOrderMarkDoesNotHideTheHeader() {
        ExampleQueries.Example e = ExampleQueries.parse("x", "\uFEFF# title: With BOM\nSELECT * {}");
        assertEquals("With BOM", e.title());
    }

    @Test
    void pageAndExamplesAreServed() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            HttpResponse<String> page = f.get("/query");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<div id=\"yasgui\">"), page.body());
            java.util.regex.Matcher refs = java.util.regex.Pattern.compile("<(script|link|img)[^>]+(src|href)=\"([^\"]*)\"").matcher(page.body());
            while (refs.find()) {
                assertTrue(refs.group(3).startsWith("/") && !refs.group(3).startsWith("//") || refs.group(3).startsWith("data:"),
                        "the page must work offline: " + refs.group(3));
                if (refs.group(3).startsWith("/")) assertEquals(200, f.get(refs.group(3)).statusCode(), refs.group(3));
            }
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'self'"));
            JsonObject prefixes = JSON.parse(f.get("/query/prefixes.json").body());
            assertEquals("https://w3id.org/aigov/ontology#", prefixes.getString("aigo"));
            HttpResponse<String> root = f.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/query", root.headers().firstValue("Location").orElse(""));
            JsonArray list = JSON.parseAny(f.get("/query/examples.json").body()).getAsArray();
            long rqFiles;
            try (var s = Files.list(Path.of("src/test/resources/fixtures/queries"))) {
                rqFiles = s.filter(p -> p.toString().endsWith(".rq")).count();
            }
            assertEquals(rqFiles, list.size());
            JsonObject first = list.get(0).getAsObject();
            assertEquals("countries", first.getString("name"));
            assertEquals("Countries", first.getString("title"));
        } finally {
            f.close();
        }
    }
}
