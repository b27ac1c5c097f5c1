package org.aigov.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every aigo: name used anywhere (ontology files, docs/MODEL.md, AIGO.java) is declared in aigov.ttl. */
class DeclaredTermsTest {

    private static Set<String> declared() {
        return Vocabulary.declaredAigoTerms(RDFDataMgr.loadGraph(OntologyDir.ontology().toString()));
    }

    private static Set<String> undeclared(Set<String> used) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(declared());
        return missing;
    }

    @Test
    void everyAigoIriInTheOntologyFilesIsDeclared() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(OntologyDir.dir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList()) {
                RDFDataMgr.loadGraph(f.toString()).find().forEachRemaining(t -> {
                    for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                        if (n.isURI() && n.getURI().startsWith(AIGO.NS)) used.add(n.getURI());
                    }
                });
            }
        }
        assertTrue(used.size() >= 50, "expected the ontology's own terms among the used ones: " + used.size());
        assertTrue(undeclared(used).isEmpty(), "used but not declared: " + undeclared(used));
    }

    @Test
    void everyAigoNameInTheModelDocumentIsDeclared() throws Exception {
        String model = Files.readString(OntologyDir.project().resolve("docs/MODEL.md"));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\baigo:([A-Za-z][A-Za-z0-9_-]*)").matcher(model);
        while (m.find()) used.add(AIGO.NS + m.group(1));
        assertTrue(used.size() >= 30, "MODEL.md should name many aigo: terms, found " + used.size());
        assertTrue(undeclared(used).isEmpty(), "docs/MODEL.md uses undeclared: " + undeclared(used));
    }

    @Test
    void everyAigoConstantInTheJavaVocabularyIsDeclared() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Field f : AIGO.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                String iri = ((Resource) f.get(null)).getURI();
                if (iri.startsWith(AIGO.NS)) used.add(iri);
            }
        }
        assertTrue(used.size() >= 50, "AIGO.java should hold the vocabulary, found " + used.size());
        assertTrue(undeclared(used).isEmpty(), "AIGO.java uses undeclared: " + undeclared(used));
    }

    @Test
    void everyVocabularyConceptNamedInTheModelDocumentExists() throws Exception {
        String model = Files.readString(OntologyDir.project().resolve("docs/MODEL.md"));
        Graph ontology = OntologyFiles.load(OntologyDir.dir());
        Set<String> missing = new TreeSet<>();
        record Ns(String prefix, String iri) {}
        for (Ns ns : new Ns[] {new Ns("sa", AIGO.SPEECH_ACT), new Ns("topic", AIGO.TOPIC),
                new Ns("akind", AIGO.AGREEMENT_KIND), new Ns("str", AIGO.STRENGTH)}) {
            Matcher m = Pattern.compile("\\b" + ns.prefix() + ":([a-z][a-z0-9-]*)").matcher(model);
            while (m.find()) {
                Node n = Vocabulary.iri(ns.iri() + m.group(1));
                boolean concept = ontology.contains(n, RDF.type.asNode(), SKOS.Concept.asNode())
                        || ontology.contains(n, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
                if (!concept) missing.add(ns.prefix() + ":" + m.group(1));
            }
        }
        // The speech-act list of MODEL.md ("Speech acts (`sa:`): acknowledge, affirm, ...").
        Matcher list = Pattern.compile("Speech acts \\(`sa:`\\):([^…]*)").matcher(model);
        assertTrue(list.find(), "MODEL.md lists the speech acts");
        for (String slug : list.group(1).split("[,\\s]+")) {
            if (slug.isBlank()) continue;
            Node n = Vocabulary.iri(AIGO.SPEECH_ACT + slug.trim());
            if (!ontology.contains(n, RDF.type.asNode(), SKOS.Concept.asNode())) missing.add("sa:" + slug.trim());
        }
        assertTrue(missing.isEmpty(), "named in docs/MODEL.md but not in the schemes: " + missing);
    }
}
