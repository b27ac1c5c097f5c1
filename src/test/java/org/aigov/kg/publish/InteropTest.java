package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Everything served as RDF parses with Jena RIOT and RDF4J Rio, to isomorphic graphs that hold what they should. */
class InteropTest {
    private static LdTestServer server;
    private static Resources resources;

    @BeforeAll
    static void start() {
        server = new LdTestServer();
        resources = new Resources(server.dataset, LdTestServer.BASE);
    }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    /** Parses with both toolkits, checks they agree, and returns the RDF4J model. */
    private static Model parseBoth(byte[] body, Lang jenaLang, RDFFormat rioFormat, String what) {
        DatasetGraph byJena = Interop.jena(body, jenaLang);
        Model byRio = Interop.rio(body, rioFormat);
        assertFalse(byRio.isEmpty(), what + " parsed to nothing");
        assertTrue(Models.isomorphic(Interop.toRdf4j(byJena), byRio), what + ": Jena and RDF4J read different graphs");
        return byRio;
    }

    @Test
    void everyNegotiatedDescriptionParsesInBothToolkitsAndIsTheDescription() throws Exception {
        List<String> paths = List.of("country/japan", "country/india", "forum/oecd", "statement/fixture-2026",
                "statement/fixture-2026/clause/1", "statement/fixture-2026/sentence/1", "statement/fixture-2026/mention/42-47");
        for (String path : paths) {
            Model expected = Interop.toRdf4j(resources.describe(LdTestServer.BASE + path));
            assertTrue(expected.size() > 3, path + " has a description");
            for (Format f : Format.values()) {
                if (!f.isRdf()) continue;
                HttpResponse<byte[]> r = server.getBytes("/id/" + path, "Accept", f.mediaType());
                assertEquals(200, r.statusCode(), path + " " + f);
                Model got = parseBoth(r.body(), Interop.jenaLang(f), Interop.rioFormat(f), path + " as " + f);
                assertTrue(Models.isomorphic(expected, got), path + " as " + f + " is not the resource's description");
            }
        }
    }

    @Test
    void descriptionHoldsOwnTriplesAndLabelsAndTypesOfNeighbours() {
        org.apache.jena.rdf.model.Model d = resources.describe(LdTestServer.BASE + "statement/fixture-2026/clause/1");
        String ttl = d.toString();
        var clause = d.getResource(LdTestServer.BASE + "statement/fixture-2026/clause/1");
        var japan = d.getResource(LdTestServer.BASE + "country/japan");
        assertTrue(d.contains(clause, org.aigov.kg.vocab.AIGO.actor, japan), ttl);
        assertTrue(d.contains(japan, org.apache.jena.vocabulary.RDFS.label, d.createLiteral("日本", "ja")), "neighbour labels, every language");
        assertTrue(d.contains(japan, org.apache.jena.vocabulary.RDF.type, org.aigov.kg.vocab.AIGO.Country), "neighbour types");
        assertFalse(d.contains(japan, org.aigov.kg.vocab.AIGO.partyTo, (org.apache.jena.rdf.model.RDFNode) null),
                "but not the neighbours' other triples");
    }

    @Test
    void ontologyAndVoidParseInEveryFormat() throws Exception {
        for (String path : List.of("/ontology", "/void", "/.well-known/void")) {
            for (Format f : Format.values()) {
                if (!f.isRdf()) continue;
                HttpResponse<byte[]> r = server.getBytes(path + "?format=" + f.param());
                assertEquals(200, r.statusCode(), path + " " + f);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.mediaType()));
                Model m = parseBoth(r.body(), Interop.jenaLang(f), Interop.rioFormat(f), path + " as " + f);
                assertTrue(m.size() > 20, path + " " + f + " has " + m.size() + " statements");
            }
        }
    }

    @Test
    void dumpsParseInBothToolkitsAndHoldTheWholeDataset() throws Exception {
        DatasetGraph source = Txn.calculateRead(server.dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            server.dataset.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        Model sourceQuads = Interop.toRdf4j(source);
        Graph union = source.getUnionGraph();
        Model sourceUnion = Interop.toRdf4j(DatasetGraphFactory.wrap(union));

        byte[] trig = body("/dumps/aigov.trig");
        Model trigModel = parseBoth(trig, Lang.TRIG, RDFFormat.TRIG, "aigov.trig");
        assertTrue(Models.isomorphic(sourceQuads, trigModel), "TriG dump = the named graphs");
        assertTrue(IsoMatcher.isomorphic(source, Interop.jena(trig, Lang.TRIG)), "Jena's own isomorphism agrees");

        Model ttl = parseBoth(body("/dumps/aigov.ttl"), Lang.TURTLE, RDFFormat.TURTLE, "aigov.ttl");
        assertTrue(Models.isomorphic(sourceUnion, ttl), "Turtle dump = the union graph");

        byte[] gz = body("/dumps/aigov.nt.gz");
        assertEquals(0x1f, gz[0] & 0xff, "gzip magic");
        assertEquals(0x8b, gz[1] & 0xff, "gzip magic");
        byte[] nt;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            nt = in.readAllBytes();
        }
        Model ntModel = parseBoth(nt, Lang.NTRIPLES, RDFFormat.NTRIPLES, "aigov.nt.gz");
        assertTrue(Models.isomorphic(sourceUnion, ntModel), "N-Triples dump = the union graph");

        byte[] jsonld = body("/dumps/aigov.jsonld");
        Model jsonldModel = parseBoth(jsonld, Lang.JSONLD, RDFFormat.JSONLD, "aigov.jsonld");
        assertTrue(Models.isomorphic(sourceQuads, jsonldModel), "JSON-LD dump = the named graphs");
    }

    @Test
    void jsonLdCompactedWithThePublishedContextExpandsBackToTheSameGraph() throws IOException, InterruptedException {
        DatasetGraph source = Txn.calculateRead(server.dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            server.dataset.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        String compacted = JsonLdContext.compact(source);
        for (String key : List.of("\"label\"", "\"party\"", "\"clauses\"", "\"speechAct\"", "\"anchorOf\"", "\"identRef\"", "\"type\"")) {
            assertTrue(compacted.contains(key), "compact key " + key + " is used");
        }
        assertFalse(compacted.contains("\"https://w3id.org/aigov/ontology#party\""), "no expanded property IRIs where a key exists");
        DatasetGraph expanded = Interop.jena(compacted.getBytes(java.nio.charset.StandardCharsets.UTF_8), Lang.JSONLD);
        assertTrue(IsoMatcher.isomorphic(source, expanded), "compacted JSON-LD expands to the same quads (Jena)");
        Model byRio = Interop.rio(compacted.getBytes(java.nio.charset.StandardCharsets.UTF_8), RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(Interop.toRdf4j(source), byRio), "and RDF4J reads the same quads");

        // the served context is the one the documents embed
        HttpResponse<String> ctx = server.get("/context.jsonld");
        assertEquals(200, ctx.statusCode());
        assertTrue(ctx.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(JsonLdContext.text(), ctx.body());
        assertTrue(ctx.body().contains("\"@vocab\": \"https://w3id.org/aigov/ontology#\""));
    }

    private static byte[] body(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = server.getBytes(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
