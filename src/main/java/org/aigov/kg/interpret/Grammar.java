package org.aigov.kg.interpret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.aigov.kg.recognise.Token;

/**
 * Part-of-speech tags (Universal Dependencies) and lemmas from Apache OpenNLP's English UD EWT models,
 * for clauses whose verb the speech-act lexicon does not list. Models load once; taggers are per thread.
 */
public final class Grammar {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Tags and lemmas of one token list, index for index. */
    public record Tagged(String[] tags, String[] lemmas) {
        public boolean isVerb(int i) { return tags[i].equals("VERB"); }
        public boolean isAuxiliary(int i) { return tags[i].equals("AUX"); }
    }

    private static final class Models {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));

    private Grammar() {}

    public static Tagged tag(List<Token> tokens) {
        String[] words = tokens.stream().map(Token::exact).toArray(String[]::new);
        String[] tags = TAGGER.get().tag(words);
        String[] lemmas = LEMMATIZER.get().lemmatize(words, tags);
        for (int i = 0; i < lemmas.length; i++) lemmas[i] = lemmas[i].toLowerCase(Locale.ROOT);
        return new Tagged(tags, lemmas);
    }

    private interface Reader<T> { T read(InputStream in) throws IOException; }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = Grammar.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing OpenNLP model " + resource + " (opennlp-models-* on the classpath)");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
