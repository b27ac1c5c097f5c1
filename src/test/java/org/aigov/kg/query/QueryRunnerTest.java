package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
    private static final String ID = "https://w3id.org/aigov/id/";
    private static final Node OECD = NodeFactory.createURI(ID + "forum/oecd");

    private static ResultRows select(QueryRunner runner, String queryName, Map<String, String> params) {
        NamedQuery q = Fixtures.library().get(queryName);
        var parsed = q.parse();
        QueryResult r = runner.run(parsed, QueryParameters.bind(q, parsed, params));
        return ResultRows.of(assertInstanceOf(QueryResult.Rows.class, r).rows());
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        Dataset ds = Fixtures.fixtureDataset();
        try (QueryRunner runner = QueryRunner.local(ds)) {
            // the label is in the gazetteer graph, the clause in the statement graph: one pattern joins them
            var rows = ResultRows.of(((QueryResult.Rows) runner.run(QueryFactory.create(
                    "SELECT ?l WHERE { ?c <https://w3id.org/aigov/ontology#mentions> ?f . ?f <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'en' && ?f = <https://w3id.org/aigov/id/forum/oecd>) }"),
                    Map.of())).rows());
            // the sentence and the clause both mention the OECD; the union does not duplicate the label triple
            assertEquals(2, rows.rows().size());
            var graphs = ResultRows.of(((QueryResult.Rows) runner.run(QueryFactory.create(
                    "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), Map.of())).rows());
            assertEquals(2, graphs.rows().size(), "named graphs stay visible to GRAPH");
        }
    }

    @Test
    void forumsOfTheFixtureStatementWithEachWayOfNamingIt() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            for (String way : List.of("fixture", "id:statement/fixture", "<" + ID + "statement/fixture>", "fixture joint statement")) {
                ResultRows rows = select(runner, "forums", Map.of("statement", way));
                assertEquals(1, rows.rows().size(), way);
                assertEquals(OECD, rows.rows().get(0).get("forum"), way);
            }
            assertEquals(0, select(runner, "forums", Map.of("statement", "no-such-statement")).rows().size());
            assertEquals(1, select(runner, "forums", Map.of()).rows().size(), "no parameter: every statement");
        }
    }

    @Test
    void labelAcronymAndSlugResolveAnEntity() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            for (String way : List.of("OECD", "oecd", "Organisation for Economic Co-operation and Development", "id:forum/oecd")) {
                ResultRows rows = select(runner, "provenance", Map.of("entity", way));
                assertEquals(1, rows.rows().size(), way);
                assertEquals(NodeFactory.createLiteralString("OECD"), rows.rows().get(0).get("anchor"), way);
            }
        }
    }

    @Test
    void aValueCannotInjectSparql() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            // bound as one string term: it matches nothing, and the query around it is unchanged
            ResultRows rows = select(runner, "forums", Map.of("statement", "x\")) } UNION { ?s ?p ?o } #"));
            assertEquals(0, rows.rows().size());
        }
    }

    @Test
    void fullTextSearchBuildsAnIndexOnDemand() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            ResultRows rows = select(runner, "search", Map.of("text", "Alpha"));
            assertTrue(rows.rows().stream().anyMatch(r -> NodeFactory.createURI(ID + "organization/alpha-labs").equals(r.get("resource"))
                    && NodeFactory.createLiteralString("Alpha Labs").equals(r.get("matched"))), rows.toString());
            assertEquals(0, select(runner, "search", Map.of("text", "zzqxqz")).rows().size());
        }
    }

    @Test
    void constructGivesAGraph() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            NamedQuery q = Fixtures.library().get("relations");
            QueryResult.Graph g = assertInstanceOf(QueryResult.Graph.class, runner.run(q.parse(), Map.of()));
            assertTrue(g.model().contains(ResourceFactory.createResource(ID + "statement/fixture/agreement/1"),
                    ResourceFactory.createProperty("https://w3id.org/aigov/ontology#party"),
                    ResourceFactory.createResource(ID + "organization/alpha-labs")));
            assertTrue(g.model().size() > 0);
            assertTrue(!g.model().contains(null, RDF.type));
        }
    }

    @Test
    void askGivesAnAnswer() {
        try (QueryRunner runner = QueryRunner.local(Fixtures.fixtureDataset())) {
            QueryResult r = runner.run(QueryFactory.create("ASK { ?s a <https://w3id.org/aigov/ontology#Agreement> }"), Map.of());
            assertTrue(assertInstanceOf(QueryResult.Answer.class, r).yes());
        }
    }
}
