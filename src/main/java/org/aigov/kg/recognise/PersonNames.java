package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Span;

/**
 * Discovers people by their titles: "Prime Minister Narendra Modi", "Takaichi Sanae, Prime Minister of Japan",
 * "the President of France, Jean Dupont".
 */
public final class PersonNames {
    /** A person found with the title that introduced them and the span of "of Country" if given. */
    public record Person(Span nameSpan, String name, String title, Span ofSpan, int sentence) {}

    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr", "Mrs", "Ms", "Mme", "Dr", "Shri", "Smt", "Sir", "Dame", "Madam");

    private PersonNames() {}

    public static List<Person> find(String text, List<Token> tokens, int sentence, java.util.function.Predicate<String> names) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int titleEnd = titleAt(tokens, i);
            if (titleEnd < 0) continue;
            String title = TypedPhrases.clean(text.substring(tokens.get(i).begin(), tokens.get(titleEnd - 1).end()));
            int nameEnd = nameEnd(tokens, titleEnd);
            boolean knownSurname = nameEnd - titleEnd == 1 && names != null && names.test(tokens.get(titleEnd).text());
            if (nameEnd - titleEnd >= 2 || knownSurname) { // "Prime Minister Narendra Modi", "President Macron"
                out.add(person(text, tokens, titleEnd, nameEnd, title, null, sentence));
                i = nameEnd - 1;
                continue;
            }
            if (nameEnd - titleEnd == 1 && endsName(tokens, nameEnd) && (i == 0 || !tokens.get(i - 1).isCapitalised())) {
                // "Minister Champagne": a title and a surname the text gives no more of; the person is named as the text names them
                Span span = new Span(tokens.get(i).begin(), tokens.get(titleEnd).end());
                out.add(new Person(span, TypedPhrases.clean(span.of(text)), title, null, sentence));
                i = nameEnd - 1;
                continue;
            }
            Span of = ofSpan(tokens, titleEnd);
            // "Takaichi Sanae, Prime Minister of Japan"
            if (i >= 3 && tokens.get(i - 1).text().equals(",")) {
                int start = i - 1;
                while (start - 1 >= 0 && isNameWord(tokens.get(start - 1))) start--;
                if (i - 1 - start >= 2) out.add(person(text, tokens, start, i - 1, title, of, sentence));
            }
            // "the President of France, Jean Dupont"
            int after = of == null ? titleEnd : indexAfter(tokens, of);
            if (after < tokens.size() && tokens.get(after).text().equals(",")) {
                int end = nameEnd(tokens, after + 1);
                if (end - (after + 1) >= 2) out.add(person(text, tokens, after + 1, end, title, of, sentence));
            }
        }
        return out;
    }

    private static Person person(String text, List<Token> tokens, int from, int to, String title, Span of, int sentence) {
        while (to - from > 1 && HONORIFICS.contains(tokens.get(from).text())) from++; // "Mr Narendra Modi" is Narendra Modi
        Span span = new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
        return new Person(span, TypedPhrases.clean(span.of(text)), title, of, sentence);
    }

    /** True when nothing more of the name follows: not another capitalised word, "of" or "for" ("Minister for …" is an office). */
    private static boolean endsName(List<Token> tokens, int at) {
        if (at >= tokens.size()) return true;
        Token t = tokens.get(at);
        return !t.isCapitalised() && !Lexicon.PREPOSITIONS.contains(t.text()) && !t.exact().equals("'") && !t.exact().equals("-");
    }

    /** End index of the longest title starting at i, or -1. */
    private static int titleAt(List<Token> tokens, int i) {
        for (List<String> title : Lexicon.get().titles()) {
            if (i + title.size() > tokens.size()) continue;
            boolean ok = true;
            for (int k = 0; k < title.size() && ok; k++) ok = tokens.get(i + k).exact().equals(title.get(k));
            if (ok) return i + title.size();
        }
        return -1;
    }

    private static int nameEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < 4 && isNameWord(tokens.get(k))) k++;
        return k;
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !t.isAllCaps() && Lexicon.get().headKind(t.text()) == null
                && !Lexicon.NOT_NAMES.contains(t.text()) && !Lexicon.CALENDAR.contains(t.text());
    }

    /** The span of "of the Republic of India" after a title, up to a comma or lower-case word. */
    private static Span ofSpan(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals("of")) return null;
        int k = at + 1;
        while (k < tokens.size() && (tokens.get(k).isCapitalised() || Lexicon.CONNECTORS.contains(tokens.get(k).text()))) k++;
        if (k == at + 1) return null;
        return new Span(tokens.get(at + 1).begin(), tokens.get(k - 1).end());
    }

    private static int indexAfter(List<Token> tokens, Span span) {
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).begin() >= span.end()) return k;
        return tokens.size();
    }
}
