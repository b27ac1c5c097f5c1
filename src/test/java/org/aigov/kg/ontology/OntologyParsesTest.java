package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file in ontology/ parses with Jena and with RDF4J Rio, and both read the same graph. */
class OntologyParsesTest {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    static Stream<Path> ontologyFiles() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(OntologyDir.dir())) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "expected aigov.ttl, shapes.ttl and four schemes, got " + files);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("ontologyFiles")
    void jenaAndRioReadIsomorphicGraphs(Path file) throws Exception {
        Graph jena = RDFDataMgr.loadGraph(file.toString());
        Model rio;
        try (InputStream in = Files.newInputStream(file)) {
            rio = Rio.parse(in, "", RDFFormat.TURTLE);
        }
        assertFalse(rio.isEmpty(), file + " is empty");
        assertEquals(jena.size(), rio.size(), file + ": triple counts differ");
        assertTrue(Models.isomorphic(toRdf4j(jena), rio), file + ": Jena and RDF4J read different graphs");
    }

    /** Jena's graph rebuilt node by node as an RDF4J model (no serialisation in between). */
    private static Model toRdf4j(Graph g) {
        Model m = new LinkedHashModel();
        g.find().forEachRemaining(t -> m.add((Resource) value(t.getSubject()),
                VF.createIRI(t.getPredicate().getURI()), value(t.getObject())));
        return m;
    }

    private static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (!n.getLiteralLanguage().isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }
}
