package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word and punctuation tokens, keeping exact offsets. */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK
                        || Character.getType(text.charAt(j)) == Character.COMBINING_SPACING_MARK)) j++;
                out.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                out.add(new Token(text.substring(i, j), i, j));
                i = j;
            }
        }
        return out;
    }

    public static List<Token> tokenize(String text) { return tokenize(text, 0, text.length()); }
}
