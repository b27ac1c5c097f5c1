package org.aigov.kg.interpret;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigov.kg.recognise.Token;
import org.aigov.kg.recognise.Tokenizer;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/** The verb lexicon: verb forms (skos:hiddenLabel of the speech-act scheme) to speech act and strength. */
public final class SpeechActs {
    /** A speech act concept and the strength it carries. */
    public record Act(String concept, String strength) {
        public boolean isCommitment() { return strength.equals(AIGO.STRENGTH + "commitment"); }
    }

    /** A verb form found in text: its act and token length. */
    public record Match(Act act, int length) {}

    private final Map<String, Map<String, Act>> byFirstToken = new HashMap<>();
    private final Map<String, Integer> maxLength = new HashMap<>();

    public SpeechActs(Graph ontology) {
        ontology.find(Node.ANY, SKOS.hiddenLabel.asNode(), Node.ANY).forEach(t -> {
            Node concept = t.getSubject();
            if (!concept.isURI() || !concept.getURI().startsWith(AIGO.SPEECH_ACT)) return;
            List<Triple> strength = ontology.find(concept, AIGO.strength.asNode(), Node.ANY).toList();
            if (strength.isEmpty()) return;
            List<Token> toks = Tokenizer.tokenize(t.getObject().getLiteralLexicalForm());
            if (toks.isEmpty()) return;
            String key = key(toks, 0, toks.size());
            byFirstToken.computeIfAbsent(toks.get(0).folded(), k -> new HashMap<>())
                    .put(key, new Act(concept.getURI(), strength.get(0).getObject().getURI()));
            maxLength.merge(toks.get(0).folded(), toks.size(), Math::max);
        });
    }

    public boolean isEmpty() { return byFirstToken.isEmpty(); }

    /** The longest verb form starting at tokens[i], or null. */
    public Match at(List<Token> tokens, int i) {
        Map<String, Act> forms = byFirstToken.get(tokens.get(i).folded());
        if (forms == null) return null;
        for (int len = Math.min(maxLength.get(tokens.get(i).folded()), tokens.size() - i); len >= 1; len--) {
            Act act = forms.get(key(tokens, i, i + len));
            if (act != null) return new Match(act, len);
        }
        return null;
    }

    private static String key(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(toks.get(k).folded()).append(' ');
        return sb.toString();
    }
}
