package org.aigov.kg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aigov.kg.BadInputException;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading ontology/: all knowledge files in one graph, the shapes left out, parse errors located. */
class OntologyFilesTest {

    @Test
    void loadsTheOntologyAndTheSchemesButNotTheShapes() {
        Graph g = OntologyFiles.load(Fixtures.ontologyDir());
        assertTrue(g.contains(AIGO.Clause.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
        assertTrue(g.contains(AIGO.speechAct("reaffirm").asNode(), AIGO.strength.asNode(), AIGO.strength("endorsement").asNode()));
        assertTrue(g.contains(AIGO.topic("cybersecurity").asNode(), Node.ANY, Node.ANY));
        assertTrue(g.contains(AIGO.agreementKind("mou").asNode(), Node.ANY, Node.ANY));
        assertFalse(g.contains(Node.ANY, RDF.type.asNode(), org.apache.jena.shacl.vocabulary.SHACL.NodeShape),
                "shapes.ttl must not enter the ontology graph");
    }

    @Test
    void aParseErrorNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.ontologyDir().resolve("strengths.ttl"), dir.resolve("a.ttl"));
        Files.copy(Fixtures.file("broken-ontology.ttl"), dir.resolve("b.ttl"));
        BadInputException e = assertThrows(BadInputException.class, () -> OntologyFiles.load(dir));
        assertEquals(dir.resolve("b.ttl") + ":4", e.location());
        assertTrue(e.userMessage().startsWith(dir.resolve("b.ttl") + ":4: "), e.userMessage());
    }

    @Test
    void aMissingOrEmptyDirectoryIsBadInput(@TempDir Path dir) {
        assertThrows(BadInputException.class, () -> OntologyFiles.load(dir.resolve("absent")));
        assertThrows(BadInputException.class, () -> OntologyFiles.load(dir));
    }
}
