package org.aigov.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs every entry of src/test/resources/queries/manifest.yaml: a named query on a graph the
 * loader builds from the seed (or the seed plus second-statement.md), compared with a hand-written
 * expected result.
 */
class QueryManifestTest {
    private static final Map<String, Dataset> GRAPHS = new ConcurrentHashMap<>();

    /** One manifest entry. */
    record Case(String name, String query, String data, Map<String, String> params, String expected, String compare) {}

    static List<Case> cases() throws IOException {
        Path manifest = Fixtures.resources().resolve("manifest.yaml");
        try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            List<Case> cases = new ArrayList<>();
            for (Map<String, Object> e : entries) {
                Map<String, String> params = new LinkedHashMap<>();
                Object p = e.get("params");
                if (p instanceof Map<?, ?> m) m.forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
                String name = (String) e.get("name");
                cases.add(new Case(name, (String) e.get("query"), (String) e.getOrDefault("data", "seed"), params,
                        (String) e.getOrDefault("expected", name + ".tsv"), (String) e.getOrDefault("compare", "exact")));
            }
            return cases;
        }
    }

    @TestFactory
    List<DynamicTest> namedQueriesAnswerAsTheTextSays() throws IOException {
        NamedQueries library = Fixtures.library();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> check(library, c)));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyNamedQueryHasAManifestEntry() throws IOException {
        List<String> tested = cases().stream().map(Case::query).distinct().toList();
        return Fixtures.library().all().stream()
                .map(q -> DynamicTest.dynamicTest(q.name(), () -> assertTrue(tested.contains(q.name()),
                        q.name() + " has no entry in manifest.yaml")))
                .toList();
    }

    private static void check(NamedQueries library, Case c) throws IOException {
        assertTrue(c.compare().equals("exact") || c.compare().equals("includes"), "compare: " + c.compare());
        NamedQuery named = library.get(c.query());
        Query query = named.parse();
        Map<String, Node> bindings = QueryParameters.bind(named, query, c.params());
        QueryResult result;
        try (QueryRunner runner = QueryRunner.local(graph(c.data()))) {
            result = runner.run(query, bindings);
        }
        Path expectedFile = Fixtures.resources().resolve("expected").resolve(c.expected());
        boolean includes = c.compare().equals("includes");
        if (result instanceof QueryResult.Graph g) {
            checkGraph(expectedFile, g.model(), includes);
            return;
        }
        ResultRows actual = ResultRows.of(((QueryResult.Rows) result).rows());
        ResultRows expected = ResultRows.read(expectedFile);
        String diff = ResultComparison.differences(expected, actual, query.hasOrderBy(), includes);
        if (diff != null) fail(c.query() + " " + c.params() + " on " + c.data() + ": " + diff);
    }

    private static void checkGraph(Path expectedFile, Model actual, boolean includes) {
        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, expectedFile.toString());
        if (!includes) {
            assertTrue(expected.isIsomorphicWith(actual), "graphs differ");
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Statement s : expected.listStatements().toList()) {
            if (!actual.contains(s)) missing.add(s.asTriple().toString());
        }
        assertEquals(List.of(), missing, "triples missing from the answer");
    }

    /** The seed alone, or the seed and the second statement, built once by the loader. */
    static Dataset graph(String data) {
        return GRAPHS.computeIfAbsent(data, d -> {
            Path project = Fixtures.project();
            List<Path> inputs = switch (d) {
                case "seed" -> List.of(project.resolve("data/statements"));
                case "both" -> List.of(project.resolve("data/statements"), Fixtures.resources().resolve("second-statement.md"));
                default -> throw new IllegalArgumentException("data: " + d + " (use seed or both)");
            };
            BuildOptions options = BuildOptions.defaults()
                    .withOntology(project.resolve("ontology"))
                    .withGazetteer(project.resolve("data/gazetteer"));
            return new KnowledgeGraphBuilder(options).build(inputs).dataset();
        });
    }
}
