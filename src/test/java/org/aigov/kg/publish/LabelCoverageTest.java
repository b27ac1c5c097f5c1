package org.aigov.kg.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The pages can only speak Japanese and Hindi if the ontology and gazetteer carry ja/hi labels: check every term and seed entity. */
class LabelCoverageTest {
    private static final Path ROOT = Path.of(System.getProperty("aigov.project.dir", "."));

    private static Model load(Path dir) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl") && !f.getFileName().toString().equals("shapes.ttl")).sorted().toList()) {
                RDFDataMgr.read(m, p.toString());
            }
        }
        return m;
    }

    private static List<String> missing(Model m, List<Resource> subjects) {
        List<String> out = new ArrayList<>();
        for (Resource r : subjects) {
            for (String lang : UiText.LANGUAGES) {
                boolean has = Stream.of(RDFS.label, SKOS.prefLabel).anyMatch(p ->
                        m.listObjectsOfProperty(r, p).toList().stream().anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang)));
                if (!has) out.add(r.getURI() + " @" + lang);
            }
        }
        return out;
    }

    @Test
    void everyClassAndPropertyOfTheOntologyIsLabelledInEnglishJapaneseAndHindi() throws IOException {
        Model m = load(ROOT.resolve("ontology"));
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(AIGO.NS)) terms.add(r);
            });
        }
        assertTrue(terms.size() > 10, "the ontology declares its classes and properties: " + terms.size());
        List<String> gaps = missing(m, terms);
        assertTrue(gaps.isEmpty(), "terms without a label in that language: " + gaps);
    }

    @Test
    void everyGazetteerCountryForumAndFrameworkIsLabelledInEnglishJapaneseAndHindi() throws IOException {
        Model m = load(ROOT.resolve("data/gazetteer"));
        List<Resource> entities = new ArrayList<>();
        for (Resource type : List.of(AIGO.Country, AIGO.Forum, AIGO.Framework)) {
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(entities::add);
        }
        assertTrue(entities.size() >= 5, "the gazetteer knows the seed's countries, forums and frameworks: " + entities.size());
        List<String> gaps = missing(m, entities);
        assertTrue(gaps.isEmpty(), "gazetteer entries without a label in that language: " + gaps);
    }
}
