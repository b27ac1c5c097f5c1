package org.aigov.kg.check;

import org.aigov.kg.source.RdfFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator API the loader calls: shapes from a file, a sorted report, a readable formatter. */
class ShaclValidatorTest {

    private static Graph materialised(String fixture) {
        Graph data = RdfFiles.read(Fixtures.file(fixture));
        Graph ontology = OntologyFiles.load(Fixtures.ontologyDir());
        ontology.find().forEachRemaining(data::add);
        new RdfsMaterializer(ontology).materialize(data);
        return data;
    }

    @Test
    void theProjectShapesLoadAndAcceptTheValidFixture() {
        ShaclValidator validator = ShaclValidator.fromFile(Fixtures.shapes());
        assertTrue(validator.shapeCount() >= 8, "shapes: " + validator.shapeCount());
        Report report = validator.validate(materialised("valid-statement.trig"));
        assertTrue(report.conforms(), new ReportFormatter().format(report));
    }

    @Test
    void violationsComeSortedAndFormattedWithCompactNames() {
        Report report = ShaclValidator.fromFile(Fixtures.shapes()).validate(materialised("invalid-statement.ttl"));
        assertFalse(report.conforms());
        String text = new ReportFormatter().format(report);
        assertTrue(text.contains("Violation: id:statement/bad/target/1\n    path    aigo:targetYear\n"), text);
        assertTrue(text.contains("value   \"2030\"^^xsd:integer"), text);
        assertFalse(text.contains("https://w3id.org/aigov/"), "IRIs are compacted: " + text);
        CompactNames names = CompactNames.standard();
        for (int i = 1; i < report.size(); i++) {
            String before = names.node(report.violations().get(i - 1).focus());
            String after = names.node(report.violations().get(i).focus());
            assertTrue(before.compareTo(after) <= 0, "sorted by focus node: " + before + " then " + after);
        }
    }

    @Test
    void everyAigoClassOutsideTheSchemesNeedsAnEnglishLabel() {
        // The label shape lists its target classes; it must keep up with the ontology.
        Graph shapes = RdfFiles.read(Fixtures.shapes());
        Graph ontology = RdfFiles.read(Fixtures.ontologyDir().resolve("aigov.ttl"));
        var targetClass = org.apache.jena.shacl.vocabulary.SHACL.targetClass;
        var owlClass = org.apache.jena.vocabulary.OWL.Class.asNode();
        var type = org.apache.jena.vocabulary.RDF.type.asNode();
        ontology.find(org.apache.jena.graph.Node.ANY, type, owlClass).forEachRemaining(t -> {
            var c = t.getSubject();
            if (!c.isURI() || !c.getURI().startsWith(org.aigov.kg.vocab.AIGO.NS)) return;
            assertTrue(shapes.contains(org.apache.jena.graph.Node.ANY, targetClass, c), c + " is targeted by no label shape");
        });
    }

    @Test
    void unreadableShapesAreBadInput(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("shapes.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n[ a sh:NodeShape ; sh:property [ ]\n");
        BadInputException e = assertThrows(BadInputException.class, () -> ShaclValidator.fromFile(broken));
        assertTrue(e.location().startsWith(broken.toString()), e.userMessage());
        Path absent = dir.resolve("absent.ttl");
        assertEquals(absent + ": no such file",
                assertThrows(BadInputException.class, () -> ShaclValidator.fromFile(absent)).userMessage());
    }
}
