package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.aigov.kg.BadInputException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

class ResultFormatsTest {

    private static final String AGREEMENTS = """
            PREFIX aigo: <https://w3id.org/aigov/ontology#>
            PREFIX id: <https://w3id.org/aigov/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?agreement ?party ?label WHERE {
              ?agreement aigo:party ?party . ?party rdfs:label ?label }
            ORDER BY ?party
            """;

    private static String run(String sparql, ResultFormat format) {
        Query q = QueryFactory.create(sparql);
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            QueryResult r = runner.run(q, Map.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultFormats.write(r, format, q.getPrefixMapping(), out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void tableIsAlignedWithPrefixedNamesAndPlainText() {
        String table = run(AGREEMENTS, ResultFormat.TABLE);
        String[] lines = table.split("\n");
        assertTrue(lines[0].startsWith("agreement"), table);
        assertTrue(lines[1].matches("[-+]+"), table);
        // the MOU's two parties, and the statement's two parties with their labels in English, Japanese, Hindi
        assertTrue(table.contains("id:statement/fixture/agreement/1 | id:organization/alpha-labs | Alpha Labs"), table);
        assertTrue(table.contains("id:statement/fixture             | id:country/japan           | 日本 @ja"), table);
        assertTrue(table.endsWith("(6 rows)\n"), table);
        // columns line up: the second column starts at the same offset on every row
        int col = lines[0].indexOf("| party");
        for (int i = 2; i < lines.length - 1; i++) assertEquals('|', lines[i].charAt(col), lines[i]);
    }

    @Test
    void numberColumnsAreRightAligned() {
        String table = run("SELECT ?name ?n WHERE { VALUES (?name ?n) { (\"a\" 7) (\"b\" 1234) } } ORDER BY ?name", ResultFormat.TABLE);
        assertTrue(table.contains("a    |    7\n"), table);
        assertTrue(table.contains("b    | 1234\n"), table);
    }

    @Test
    void tableCutsLongCellsAndMarksOtherLanguages() {
        TableWriter w = new TableWriter(org.apache.jena.shared.PrefixMapping.Standard, 10);
        Model m = ModelFactory.createDefaultModel();
        assertEquals("abcdefghi…", w.cell(m.createLiteral("abcdefghijklmnop")));
        assertEquals("日本 @ja", w.cell(m.createLiteral("日本", "ja")));
        assertEquals("Japan", w.cell(m.createLiteral("Japan", "en")));
        assertEquals("a b", w.cell(m.createLiteral("a\n b")));
        assertEquals(4, TableWriter.displayWidth("日本"), "wide characters take two columns");
        assertEquals(4, TableWriter.displayWidth("भारत"), "Devanagari: three letters and a spacing vowel sign");
        assertEquals("", w.cell(null));
        assertEquals("rdfs:label", w.cell(m.createResource("http://www.w3.org/2000/01/rdf-schema#label")));
        assertEquals("<urn:x>", w.cell(m.createResource("urn:x")));
    }

    @Test
    void csvTsvAndJsonAreStandardAndReadBack() {
        for (var pair : Map.of(ResultFormat.CSV, ResultSetLang.RS_CSV, ResultFormat.TSV, ResultSetLang.RS_TSV,
                ResultFormat.JSON, ResultSetLang.RS_JSON).entrySet()) {
            String text = run(AGREEMENTS, pair.getKey());
            var rows = ResultRows.of(ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), pair.getValue()));
            assertEquals(6, rows.rows().size(), pair.getKey() + ":\n" + text);
            assertEquals(java.util.List.of("agreement", "party", "label"), rows.vars());
        }
        assertTrue(run(AGREEMENTS, ResultFormat.CSV).startsWith("agreement,party,label"));
        assertTrue(run(AGREEMENTS, ResultFormat.JSON).contains("\"bindings\""));
    }

    @Test
    void graphsAreWrittenAsRdf() {
        String construct = "CONSTRUCT { ?a <https://w3id.org/aigov/ontology#party> ?p } WHERE { ?a a <https://w3id.org/aigov/ontology#Agreement> ; <https://w3id.org/aigov/ontology#party> ?p }";
        for (var pair : Map.of(ResultFormat.TURTLE, Lang.TURTLE, ResultFormat.JSONLD, Lang.JSONLD, ResultFormat.NTRIPLES, Lang.NTRIPLES,
                ResultFormat.TABLE, Lang.TURTLE).entrySet()) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(run(construct, pair.getKey()).getBytes(StandardCharsets.UTF_8)), pair.getValue());
            assertEquals(2, m.size(), pair.getKey().toString());
        }
        assertThrows(BadInputException.class, () -> run(construct, ResultFormat.CSV));
        assertThrows(BadInputException.class, () -> run(AGREEMENTS, ResultFormat.TURTLE));
    }

    @Test
    void askIsYesOrNo() {
        assertEquals("yes\n", run("ASK { ?s ?p ?o }", ResultFormat.TABLE));
        assertTrue(run("ASK { ?s <urn:none> ?o }", ResultFormat.JSON).contains("false"));
    }

    @Test
    void formatNamesAreForgiving() {
        assertEquals(ResultFormat.JSONLD, ResultFormat.parse("json-ld"));
        assertEquals(ResultFormat.TURTLE, ResultFormat.parse("ttl"));
        assertEquals(ResultFormat.CSV, ResultFormat.parse("CSV"));
        assertThrows(BadInputException.class, () -> ResultFormat.parse("xls"));
    }
}
