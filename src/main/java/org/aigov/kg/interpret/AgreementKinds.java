package org.aigov.kg.interpret;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/** Maps the way an agreement is named ("MoU", "Memorandum of Cooperation") to its concept in the agreement-kind scheme. */
public final class AgreementKinds {
    private final Map<String, String> byName = new HashMap<>();

    public AgreementKinds(Graph ontology) {
        ontology.find(Node.ANY, SKOS.hiddenLabel.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(AIGO.AGREEMENT_KIND)) {
                byName.put(key(t.getObject().getLiteralLexicalForm()), t.getSubject().getURI());
            }
        });
    }

    /** The kind's concept IRI; a phrase the scheme does not name is a plain agreement. */
    public String of(String phrase) {
        return byName.getOrDefault(key(phrase), AIGO.AGREEMENT_KIND + "agreement");
    }

    private static String key(String s) { return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); }
}
