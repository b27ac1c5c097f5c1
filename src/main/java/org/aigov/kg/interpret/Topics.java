package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aigov.kg.recognise.Token;
import org.aigov.kg.recognise.Tokenizer;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds the topics of a clause by the keyword phrases (skos:hiddenLabel) of the topic scheme, matched as
 * whole-token sequences in one pass over the clause (a regex per keyword was a third of the build).
 */
public final class Topics {
    private record Keyword(List<String> tokens, String topic) {}

    private final Map<String, List<Keyword>> byFirstToken = new HashMap<>();

    public Topics(Graph ontology) {
        ontology.find(Node.ANY, SKOS.hiddenLabel.asNode(), Node.ANY).forEach(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(AIGO.TOPIC)) return;
            List<String> tokens = Tokenizer.tokenize(t.getObject().getLiteralLexicalForm()).stream().map(Token::folded).toList();
            if (tokens.isEmpty()) return;
            byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Keyword(tokens, t.getSubject().getURI()));
        });
    }

    /** Topic IRIs in sorted order. */
    public List<String> of(String text) {
        List<String> tokens = Tokenizer.tokenize(text).stream().map(Token::folded).toList();
        TreeSet<String> found = new TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Keyword> candidates = byFirstToken.get(tokens.get(i));
            if (candidates == null) continue;
            for (Keyword k : candidates) if (!found.contains(k.topic()) && matchesAt(tokens, i, k.tokens())) found.add(k.topic());
        }
        return List.copyOf(found);
    }

    private static boolean matchesAt(List<String> tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.size()) return false;
        for (int k = 0; k < phrase.size(); k++) if (!tokens.get(at + k).equals(phrase.get(k))) return false;
        return true;
    }
}
