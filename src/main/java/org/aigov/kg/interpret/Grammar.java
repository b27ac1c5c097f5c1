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
    public record Tagged(String[] words, String[] tags) {
        public boolean isVerb(int i) { return tags[i].equals("VERB"); }

        /** The lemma of word i ("advocates" → "advocate"), lower case. */
        public String lemma(int i) {
            return LEMMATIZER.get().lemmatize(new String[] {words[i]}, new String[] {tags[i]})[0].toLowerCase(Locale.ROOT);
        }
    }

    private static final class Models {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));

    private Grammar() {}

    /** Tags the tokens; lemmas are found on demand, one word at a time, for the few words a caller asks about. */
    public static Tagged tag(List<Token> tokens) {
        String[] words = tokens.stream().map(Token::exact).toArray(String[]::new);
        return new Tagged(words, TAGGER.get().tag(words));
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
