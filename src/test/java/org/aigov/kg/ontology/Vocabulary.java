package org.aigov.kg.ontology;

import java.util.Set;
import java.util.TreeSet;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/** Reads which aigo: terms an ontology graph declares, and of what kind. */
final class Vocabulary {
    static final Set<Node> DECLARATION_TYPES = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());

    private Vocabulary() {}

    /** The aigo: IRIs typed owl:Class or as one of the three kinds of OWL property. */
    static Set<String> declaredAigoTerms(Graph g) {
        Set<String> terms = new TreeSet<>();
        for (Node type : DECLARATION_TYPES) {
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(AIGO.NS)) terms.add(s.getURI());
            });
        }
        return terms;
    }

    static Node iri(String iri) { return NodeFactory.createURI(iri); }
}
