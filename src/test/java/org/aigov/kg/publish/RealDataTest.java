package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The linked-data layer over the graph the loader builds from data/statements (the Japan–India statement). */
class RealDataTest {
    private static final Path ROOT = Path.of(System.getProperty("aigov.project.dir", "."));
    private static final String BASE = LdTestServer.BASE;
    private static Dataset ds;
    private static LdTestServer server;

    @BeforeAll
    static void build() {
        BuildOptions options = BuildOptions.defaults().withOntology(ROOT.resolve("ontology"))
                .withGazetteer(ROOT.resolve("data/gazetteer")).withProgress(m -> { });
        ds = new KnowledgeGraphBuilder(options).build(List.of(ROOT.resolve("data/statements"))).dataset();
        server = new LdTestServer(ds);
    }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    /** Every typed resource minted under the base. */
    private static List<String> typedResources() {
        return Txn.calculateRead(ds, () -> {
            TreeSet<String> s = new TreeSet<>();
            UnionView.graph(ds).find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(BASE)) s.add(t.getSubject().getURI());
            });
            return new ArrayList<>(s);
        });
    }

    @Test
    void everyEntityAndClausePageAndDescriptionResolves() throws Exception {
        List<String> iris = typedResources();
        assertTrue(iris.size() > 100, "resources: " + iris.size());
        int pages = 0;
        for (String iri : iris) {
            // all shared entities and clauses; mentions and sentences are many and alike, so every fifth
            boolean local = iri.contains("/mention/") || iri.contains("/sentence/");
            if (local && (pages++ % 5 != 0)) continue;
            String path = "/id/" + iri.substring(BASE.length());
            HttpResponse<String> html = server.get(path, "Accept", "text/html");
            assertEquals(200, html.statusCode(), path);
            assertFalse(html.body().contains("Exception"), path);
            HttpResponse<String> ttl = server.get(path, "Accept", "text/turtle");
            assertEquals(200, ttl.statusCode(), path);
        }
    }

    @Test
    void japanPageInThreeLanguagesWithHighlightedMentions() throws Exception {
        String en = server.get("/id/country/japan", "Accept", "text/html").body();
        assertTrue(en.contains("<h1 id=\"label\">Japan</h1>"));
        assertTrue(en.contains("<mark>Japan</mark>"), "mentions highlighted in the source sentences");
        assertTrue(en.contains("href=\"/id/statement/japan-india-ai-2026\""), "link to the statement");
        assertTrue(en.contains("https://www.wikidata.org/wiki/Q17"));
        assertTrue(server.get("/id/country/japan?lang=ja", "Accept", "text/html").body().contains("<h1 id=\"label\">日本</h1>"));
        assertTrue(server.get("/id/country/japan?lang=hi", "Accept", "text/html").body().contains("<h1 id=\"label\">जापान</h1>"));
        String oecd = server.get("/id/forum/oecd?lang=ja", "Accept", "text/html").body();
        assertTrue(oecd.contains("<mark>"), "the OECD is mentioned and highlighted");
    }

    @Test
    void realDumpsAndDescriptionsParseInBothToolkits() throws Exception {
        DatasetGraph source = Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        byte[] trig = server.getBytes("/dumps/aigov.trig").body();
        Model rio = Interop.rio(trig, RDFFormat.TRIG);
        assertTrue(Models.isomorphic(Interop.toRdf4j(Interop.jena(trig, Lang.TRIG)), rio), "TriG: Jena = RDF4J");
        assertTrue(Models.isomorphic(Interop.toRdf4j(source), rio), "TriG = the built dataset");
        byte[] jsonld = server.getBytes("/dumps/aigov.jsonld").body();
        assertTrue(Models.isomorphic(Interop.toRdf4j(source), Interop.rio(jsonld, RDFFormat.JSONLD)), "JSON-LD = the built dataset (RDF4J)");
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(source, Interop.jena(jsonld, Lang.JSONLD)), "JSON-LD = the built dataset (Jena)");
        for (String path : List.of("/id/statement/japan-india-ai-2026", "/id/statement/japan-india-ai-2026/clause/12", "/ontology", "/void")) {
            for (Format f : Format.values()) {
                if (!f.isRdf()) continue;
                byte[] body = server.getBytes(path + "?format=" + f.param()).body();
                Model m = Interop.rio(body, Interop.rioFormat(f));
                assertTrue(Models.isomorphic(Interop.toRdf4j(Interop.jena(body, Interop.jenaLang(f))), m), path + " " + f);
            }
        }
    }

    @Test
    void ontologyPageIsGeneratedFromTheLoadedOntologyGraph() throws Exception {
        String html = server.get("/ontology", "Accept", "text/html").body();
        assertTrue(html.contains("id=\"Commitment\"") && html.contains("id=\"coChairedBy\""), "real terms");
        assertTrue(html.contains("href=\"/id/country/"), "an example country from the data");
    }
}
