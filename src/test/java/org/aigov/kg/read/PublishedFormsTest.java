package org.aigov.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.aigov.kg.bench.BrowserPrint;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed statement as people have it — a saved web page with site chrome, and that page printed to PDF
 * by a browser — gives the same graph as the Markdown, offsets and provenance aside.
 */
class PublishedFormsTest {
    static final Path MARKDOWN = Path.of("data/statements/japan-india-ai-2026.md");
    static final Path HTML = Path.of("src/test/resources/statements-as-published/japan-india-ai-2026.html");
    static final String ADDRESS = "https://www.example.gov/bilateral-documents/japan-india-ai-2026.htm";

    @TempDir static Path work;
    static Dataset markdown, html, pdf;
    static Path printed;

    private static final String PREFIXES = """
            PREFIX aigo: <https://w3id.org/aigov/ontology#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    @BeforeAll
    static void buildAllThree() throws Exception {
        printed = work.resolve("japan-india-ai-2026.pdf");
        BrowserPrint.print(HTML, printed, "29/08/2026, 18:45", ADDRESS);
        markdown = build(MARKDOWN);
        html = build(HTML);
        pdf = build(printed);
    }

    private static Dataset build(Path file) {
        return new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(file)).dataset();
    }

    /** Each answer row as one string, sorted. */
    private static TreeSet<String> rows(Dataset ds, String select) {
        TreeSet<String> out = new TreeSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + select).dataset(ds).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    StringBuilder b = new StringBuilder();
                    TreeSet<String> vars = new TreeSet<>();
                    s.varNames().forEachRemaining(vars::add);
                    vars.forEach(v -> b.append(v).append('=').append(s.get(v)).append(' '));
                    out.add(b.toString().strip());
                });
            }
        });
        return out;
    }

    private static void assertSame(String what, String select) {
        TreeSet<String> expected = rows(markdown, select);
        assertFalse(expected.isEmpty(), what + ": the Markdown gives none");
        assertEquals(expected, rows(html, select), what + " from the HTML page");
        assertEquals(expected, rows(pdf, select), what + " from the PDF print");
    }

    @Test void sameParties() {
        assertSame("parties", "SELECT ?party { GRAPH ?g { ?s a aigo:Statement ; aigo:party ?party } }");
    }

    @Test void sameClausesWithTheirSpeechActsActorsAndMentions() {
        assertSame("clauses", """
                SELECT ?clause ?act ?strength (GROUP_CONCAT(DISTINCT STR(?actor); separator=' ') AS ?actors)
                       (GROUP_CONCAT(DISTINCT STR(?m); separator=' ') AS ?mentions)
                { GRAPH ?g { ?clause a aigo:Clause ; aigo:speechAct ?act ; aigo:strength ?strength .
                  OPTIONAL { ?clause aigo:actor ?actor } OPTIONAL { ?clause aigo:mentions ?m } } }
                GROUP BY ?clause ?act ?strength""");
    }

    @Test void sameClauseText() {
        assertSame("clause text", "SELECT ?clause (REPLACE(STR(?t), '\\\\s+', ' ') AS ?text) { GRAPH ?g { ?clause a aigo:Clause ; aigo:text ?t } }");
    }

    @Test void sameEntities() {
        assertSame("entities", "SELECT DISTINCT ?entity ?type { GRAPH ?g { ?m itsrdf:taIdentRef ?entity } GRAPH ?h { ?entity a ?type } FILTER(STRSTARTS(STR(?type), STR(aigo:))) }");
    }

    @Test void samePriorityAreas() {
        assertSame("priority areas", "SELECT ?area ?n ?label { GRAPH ?g { ?area a aigo:PriorityArea ; aigo:areaNumber ?n ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } }");
    }

    @Test void sameTitle() {
        assertSame("title", "SELECT ?title { GRAPH ?g { ?s a aigo:Statement ; dct:title ?title } }");
    }

    @Test void offsetsPointIntoTheExtractedTextKeptAsTheContext() {
        for (Dataset ds : List.of(html, pdf)) {
            TreeSet<String> bad = rows(ds, """
                    SELECT ?x { GRAPH ?g { ?x nif:referenceContext ?c ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a . ?c nif:isString ?text }
                    FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != STR(?a)) }""");
            assertTrue(bad.isEmpty(), "anchors that are not the context's text at their offsets: " + bad);
        }
    }

    @Test void provenanceNamesTheFileAndItsMediaType() {
        assertEquals(new TreeSet<>(List.of("type=text/html")), rows(html, "SELECT ?type { GRAPH ?g { ?c a nif:Context ; dct:format ?type } }"));
        assertEquals(new TreeSet<>(List.of("type=application/pdf")), rows(pdf, "SELECT ?type { GRAPH ?g { ?c a nif:Context ; dct:format ?type } }"));
        assertTrue(rows(pdf, "SELECT ?src { GRAPH ?g { ?c a nif:Context ; dct:source ?src } }").first().endsWith("japan-india-ai-2026.pdf"));
    }

    @Test void theSiteChromeAndThePrintStampsAreNotInTheText() {
        for (Dataset ds : List.of(html, pdf)) {
            String text = rows(ds, "SELECT ?t { GRAPH ?g { ?c a nif:Context ; nif:isString ?t } }").first();
            for (String chrome : List.of("cookies", "Press Releases", "Related documents", "Terms of use", "Share this page",
                    "example.gov", "29/08/2026", "1/", "Bilateral Documents")) {
                assertFalse(text.contains(chrome), "«" + chrome + "» leaked into the statement text");
            }
        }
    }

    @Test void thePageGivesDateAndLanguage() {
        assertEquals(new TreeSet<>(List.of("d=2026-08-29 l=en")),
                rows(html, "SELECT (STR(?date) AS ?d) ?l { GRAPH ?g { ?s a aigo:Statement ; dct:issued ?date ; dct:language ?l } }"));
    }

    @Test void thePrintHasSeveralPages() throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(printed.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
        }
        assertTrue(Files.size(printed) > 0);
    }
}
