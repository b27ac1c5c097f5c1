package org.aigov.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** The endpoint speaks every standard result format over GET and POST, and Graph Store Protocol reads. */
class ResultFormatsTest {

    private static final String SELECT = "PREFIX aigo: <https://w3id.org/aigov/ontology#> "
            + "SELECT ?c ?label { ?c a aigo:Country ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = 'en') } ORDER BY ?c";
    private static final String CONSTRUCT = "PREFIX aigo: <https://w3id.org/aigov/ontology#> CONSTRUCT { ?c a aigo:Country } { ?c a aigo:Country }";

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void selectInJsonXmlCsvTsv() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            Object[][] formats = {
                    {"application/sparql-results+json", ResultSetLang.RS_JSON},
                    {"application/sparql-results+xml", ResultSetLang.RS_XML},
                    {"text/csv", ResultSetLang.RS_CSV},
                    {"text/tab-separated-values", ResultSetLang.RS_TSV},
            };
            for (Object[] fmt : formats) {
                HttpResponse<String> r = f.query(SELECT, (String) fmt[0]);
                assertEquals(200, r.statusCode(), fmt[0] + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) fmt[0]), r.headers().toString());
                ResultSet rs = ResultSetMgr.read(bytes(r.body()), (Lang) fmt[1]);
                int rows = 0;
                while (rs.hasNext()) {
                    rs.next();
                    rows++;
                }
                assertEquals(2, rows, fmt[0] + " rows: " + r.body());
                assertTrue(r.body().contains("https://w3id.org/aigov/id/country/india"), r.body());
            }
        } finally {
            f.close();
        }
    }

    @Test
    void constructInTurtleJsonLdNTriplesRdfXml() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            Object[][] formats = {
                    {"text/turtle", Lang.TURTLE},
                    {"application/ld+json", Lang.JSONLD},
                    {"application/n-triples", Lang.NTRIPLES},
                    {"application/rdf+xml", Lang.RDFXML},
            };
            for (Object[] fmt : formats) {
                HttpResponse<String> r = f.query(CONSTRUCT, (String) fmt[0]);
                assertEquals(200, r.statusCode(), fmt[0] + ": " + r.body());
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), (Lang) fmt[1]).parse(m);
                assertEquals(2, m.size(), fmt[0] + ": " + r.body());
            }
            HttpResponse<String> describe = f.query("DESCRIBE <https://w3id.org/aigov/id/country/india>", "text/turtle");
            Model d = ModelFactory.createDefaultModel();
            RDFParser.fromString(describe.body(), Lang.TURTLE).parse(d);
            assertTrue(d.size() >= 4, describe.body());
        } finally {
            f.close();
        }
    }

    @Test
    void queryOverPostFormAndBodyAndAtEveryQueryPath() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            String ask = "ASK { <https://w3id.org/aigov/id/forum/oecd> ?p ?o }";
            for (String path : new String[] {"/aigov/sparql", "/aigov/query", "/aigov"}) {
                if (!path.equals("/aigov")) { // the dataset URL takes GET queries; a POST there goes to the read-only Graph Store handler (405)
                    HttpResponse<String> form = f.send("POST", path, "application/x-www-form-urlencoded", "query=" + ServerFixture.enc(ask));
                    assertEquals(200, form.statusCode(), path + ": " + form.body());
                    assertTrue(form.body().contains("true"), form.body());
                    HttpResponse<String> body = f.send("POST", path, "application/sparql-query", ask);
                    assertEquals(200, body.statusCode(), path + ": " + body.body());
                    assertTrue(body.body().contains("true"), body.body());
                }
                HttpResponse<String> get = f.get(path + "?query=" + ServerFixture.enc(ask), "Accept", "application/sparql-results+json");
                assertEquals(200, get.statusCode(), path + ": " + get.body());
            }
        } finally {
            f.close();
        }
    }

    @Test
    void graphStoreReadsNamedGraphsAndTheUnion() throws Exception {
        ServerFixture f = new ServerFixture();
        try {
            HttpResponse<String> g = f.get("/aigov/data?graph=" + ServerFixture.enc("https://w3id.org/aigov/graph/gazetteer"), "Accept", "application/n-triples");
            assertEquals(200, g.statusCode(), g.body());
            Model gazetteer = ModelFactory.createDefaultModel();
            RDFParser.fromString(g.body(), Lang.NTRIPLES).parse(gazetteer);
            assertTrue(gazetteer.contains(gazetteer.createResource("https://w3id.org/aigov/id/country/japan"), null), g.body());
            assertTrue(!g.body().contains("/statement/"), "gazetteer graph leaks statement triples");
            HttpResponse<String> all = f.get("/aigov/data?default", "Accept", "application/n-triples");
            assertEquals(200, all.statusCode());
            Model union = ModelFactory.createDefaultModel();
            RDFParser.fromString(all.body(), Lang.NTRIPLES).parse(union);
            assertTrue(union.size() > gazetteer.size() && union.containsAll(gazetteer), "default graph is not the union: " + union.size());
            assertEquals(404, f.get("/aigov/data?graph=" + ServerFixture.enc("urn:x:absent")).statusCode());
        } finally {
            f.close();
        }
    }
}
