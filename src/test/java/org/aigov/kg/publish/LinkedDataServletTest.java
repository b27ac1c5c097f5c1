package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferencing /id/… on the fixture: negotiation, headers, pages, languages and refusals. */
class LinkedDataServletTest {
    private static LdTestServer server;

    @BeforeAll
    static void start() { server = new LdTestServer(); }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    private static String type(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    @Test
    void htmlPageShowsLabelTypeRelationsMentionAndLinks() throws Exception {
        HttpResponse<String> r = server.get("/id/country/japan", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"), type(r));
        String html = r.body();
        assertTrue(html.contains("<h1 id=\"label\">Japan</h1>"), "label as title");
        assertTrue(html.contains(">Country</a>"), "type, labelled");
        assertTrue(html.contains("href=\"/id/statement/fixture-2026\""), "link to the statement that names it as party");
        assertTrue(html.contains(">Joint Statement</a>"), "related resources by label, not IRI");
        assertTrue(html.contains(">party</a>"), "incoming relation labelled from the ontology");
        assertTrue(html.contains("The Prime Minister of <mark>Japan</mark> and the Prime Minister of India"), "mention span highlighted");
        assertTrue(html.contains("href=\"https://www.wikidata.org/wiki/Q17\""), "Wikidata link");
        assertTrue(html.contains("href=\"/graph?focus=https%3A%2F%2Fw3id.org%2Faigov%2Fid%2Fcountry%2Fjapan\""), "graph view link");
        assertTrue(html.contains("href=\"/\""), "query page link");
        assertTrue(html.contains("<script type=\"application/ld+json\">"), "embedded JSON-LD");
        assertTrue(html.contains("\"party\"") || html.contains("\"partyTo\""), "JSON-LD uses the readable keys");
    }

    @Test
    void definitionOfATermIsShownAndOnlyTheMostSpecificTypes() throws Exception {
        String html = server.get("/id/forum/oecd?format=html").body();
        assertTrue(html.contains(">Forum</a>"), html);
        assertFalse(html.contains(">Actor</a></span>"), "materialised superclasses are not listed as types");
        assertTrue(html.contains("in the <mark>Organisation for Economic Co-operation and Development (OECD)</mark>")
                || html.contains("<mark>OECD</mark>"), "OECD mention highlighted");
    }

    @Test
    void everyRdfMediaTypeIsNegotiated() throws Exception {
        for (Format f : Format.values()) {
            HttpResponse<String> r = server.get("/id/country/india", "Accept", f.mediaType());
            assertEquals(200, r.statusCode(), f.mediaType());
            assertTrue(type(r).startsWith(f.mediaType()), f + " → " + type(r));
        }
    }

    @Test
    void qualityValuesAreHonoured() throws Exception {
        assertTrue(type(server.get("/id/country/india", "Accept", "text/turtle;q=0.5, application/ld+json")).startsWith("application/ld+json"));
        assertTrue(type(server.get("/id/country/india", "Accept", "text/html;q=0.1, application/rdf+xml;q=0.9")).startsWith("application/rdf+xml"));
        assertTrue(type(server.get("/id/country/india", "Accept", "*/*")).startsWith("text/turtle"));
        assertTrue(type(server.get("/id/country/india", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .startsWith("text/html"), "a browser gets the page");
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> r = server.get("/id/country/india?format=nt", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("application/n-triples"), type(r));
        assertTrue(r.body().contains("<https://w3id.org/aigov/id/country/india>"), r.body());
    }

    @Test
    void varyAndLinkHeadersNameEveryFormat() throws Exception {
        HttpResponse<String> r = server.get("/id/country/japan?format=ttl");
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        List<String> links = r.headers().allValues("Link");
        for (Format f : Format.values()) {
            String expected = "</id/country/japan?format=" + f.param() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"";
            assertTrue(links.stream().anyMatch(l -> l.contains(expected)), expected + " in " + links);
        }
    }

    @Test
    void unsupportedAcceptIs406WithTheAlternatives() throws Exception {
        HttpResponse<String> r = server.get("/id/country/japan", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("?format="), r.body());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"), "a 406 also varies on Accept");
        assertEquals(406, server.get("/ontology", "Accept", "image/png").statusCode());
        assertEquals(406, server.get("/void", "Accept", "text/html").statusCode(), "VoID has no HTML page");
    }

    @Test
    void statementLocalIrisResolve() throws Exception {
        HttpResponse<String> r = server.get("/id/statement/fixture-2026/clause/1", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("sa:reaffirm"), r.body());
        HttpResponse<String> page = server.get("/id/statement/fixture-2026/sentence/2?lang=en", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("They decided to strengthen coordination"), "the sentence's text is on its page");
    }

    @Test
    void entailedSuperpropertyRowsAreHiddenAndNumbersSortByValue() throws Exception {
        String html = server.get("/id/statement/fixture-2026/clause/1", "Accept", "text/html").body();
        assertTrue(html.contains(">mentions</a>"), "the asserted property is shown");
        assertFalse(html.contains("terms/references\""), "its materialised superproperty dct:references is not");
        assertFalse(html.contains("id=\"mentions\""), "no empty 'mentioned in' section on a clause");
        assertTrue(EntityPage.natural("Clause 2 of s", "Clause 10 of s") < 0);
        assertTrue(EntityPage.natural("Clause 10", "Clause 9") > 0);
        assertTrue(EntityPage.natural("a", "b") < 0);
        assertEquals(0, EntityPage.natural("x 07", "x 7"));
    }

    @Test
    void unknownSlugIs404WithSuggestionsByLabel() throws Exception {
        HttpResponse<String> r = server.get("/id/forum/economic-forum", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(type(r).startsWith("text/html"));
        assertTrue(r.body().contains("https://w3id.org/aigov/id/forum/economic-forum"), "names the IRI it looked for");
        assertTrue(r.body().contains("href=\"/id/forum/oecd\""), "suggests the OECD, whose label contains 'economic'");
    }

    @Test
    void unknownKindIs404ListingTheKinds() throws Exception {
        HttpResponse<String> r = server.get("/id/planet/mars");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("country") && r.body().contains("statement"), r.body());
    }

    @Test
    void languageByParameterAndByAcceptLanguage() throws Exception {
        String ja = server.get("/id/country/japan?lang=ja", "Accept", "text/html").body();
        assertTrue(ja.contains("<html lang=\"ja\">"));
        assertTrue(ja.contains("<h1 id=\"label\">日本</h1>"), "Japanese label");
        assertTrue(ja.contains("言及している文"), "Japanese UI text");
        assertTrue(ja.contains(">国</a>"), "type labelled in Japanese");
        String hi = server.get("/id/country/india", "Accept", "text/html", "Accept-Language", "hi-IN,hi;q=0.9,en;q=0.5").body();
        assertTrue(hi.contains("<h1 id=\"label\">भारत</h1>"), "Hindi label by Accept-Language");
        assertTrue(hi.contains("इसका उल्लेख करने वाले वाक्य"), "Hindi UI text");
        String fr = server.get("/id/country/india", "Accept", "text/html", "Accept-Language", "fr").body();
        assertTrue(fr.contains("<h1 id=\"label\">India</h1>"), "English when no language of ours is acceptable");
        String fallback = server.get("/id/statement/fixture-2026?lang=ja", "Accept", "text/html").body();
        assertTrue(fallback.contains("<h1 id=\"label\">Joint Statement</h1>"), "English label where there is no Japanese one");
        assertTrue(fallback.contains("href=\"/id/country/japan?lang=ja\""), "links keep the chosen language");
        assertTrue(fallback.contains("id=\"lang-en\"") && fallback.contains("id=\"lang-hi\""), "language switch links");
    }

    @Test
    void malformedParametersAre400WithAClearMessage() throws Exception {
        HttpResponse<String> lang = server.get("/id/country/japan?lang=xx");
        assertEquals(400, lang.statusCode());
        assertTrue(lang.body().contains("Unknown language 'xx'") && lang.body().contains("en, ja, hi"), lang.body());
        HttpResponse<String> fmt = server.get("/id/country/japan?format=pdf");
        assertEquals(400, fmt.statusCode());
        assertTrue(fmt.body().contains("Unknown format 'pdf'") && fmt.body().contains("ttl"), fmt.body());
        assertEquals(400, server.get("/id/country/japan?lang=ja&lang=hi").statusCode());
        HttpResponse<String> upper = server.get("/id/Country/Japan");
        assertEquals(400, upper.statusCode());
        assertTrue(upper.body().contains("lower-case"), upper.body());
    }

    @Test
    void overLongPathsAreRefused() throws Exception {
        HttpResponse<String> r = server.get("/id/country/" + "a".repeat(2100));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at most 2000"), r.body());
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void traversalAndEncodedVariantsNeverReachAFile() throws Exception {
        List<String> attacks = List.of("/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2f..%2fetc%2fpasswd",
                "/id/%252e%252e%252fetc%252fpasswd", "/id/..\\..\\etc\\passwd", "/id/%5c..%5c..%5cetc%5cpasswd",
                "/id/country/..;/..;/etc/passwd", "/id/country/%00", "/dumps/../../etc/passwd", "/dumps/%2e%2e%2fetc%2fpasswd",
                "/ontology/../../etc/passwd", "/id/country/japan/../../../../etc/passwd");
        for (String a : attacks) {
            String response = server.raw(a);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), a + " → " + status);
            assertFalse(response.contains("root:"), a + " leaked a file");
            assertFalse(response.contains("Exception"), a + " showed an exception");
        }
    }
}
