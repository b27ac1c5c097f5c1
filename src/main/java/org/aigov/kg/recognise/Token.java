package org.aigov.kg.recognise;

import java.util.Locale;

/** A word (letters/digits) or a single punctuation character, with its offsets in the source text. */
public record Token(String text, int begin, int end) {

    public boolean isWord() { return Character.isLetterOrDigit(text.charAt(0)); }

    /** Starts with a capital letter or is a code like "G20": the stuff of proper names. */
    public boolean isCapitalised() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && text.chars().anyMatch(Character::isLetter));
    }

    public boolean isAllCaps() {
        return text.length() >= 2 && text.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && text.chars().anyMatch(Character::isLetter);
    }

    public boolean isNumber() { return text.chars().allMatch(Character::isDigit); }

    /** Case-folded form with typographic variants unified (’ → ', – → -). */
    public String folded() { return fold(text).toLowerCase(Locale.ROOT); }

    /** Exact form with typographic variants unified. */
    public String exact() { return fold(text); }

    static String fold(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u201C', '"').replace('\u201D', '"');
    }
}
