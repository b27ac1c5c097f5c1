package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/** Finds the topics of a clause by the keyword phrases (skos:hiddenLabel) of the topic scheme. */
public final class Topics {
    private record Keyword(Pattern pattern, String topic) {}

    private final List<Keyword> keywords = new ArrayList<>();

    public Topics(Graph ontology) {
        ontology.find(Node.ANY, SKOS.hiddenLabel.asNode(), Node.ANY).forEach(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(AIGO.TOPIC)) return;
            String phrase = t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).strip();
            if (phrase.isEmpty()) return;
            keywords.add(new Keyword(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])"), t.getSubject().getURI()));
        });
    }

    /** Topic IRIs in sorted order. */
    public List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        TreeSet<String> found = new TreeSet<>();
        for (Keyword k : keywords) if (!found.contains(k.topic()) && k.pattern().matcher(lower).find()) found.add(k.topic());
        return List.copyOf(found);
    }
}
