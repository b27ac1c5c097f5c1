package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aigov.kg.read.Span;

/**
 * Organisations named in a list after a noun that says what they are: "industry leaders of Amazon Web
 * Services, Anthropic, … and xAI", "companies such as A and B". Each item is a short run of words with capitals.
 */
public final class ListedOrganizations {
    private static final Set<String> CUES = Set.of("industry", "companies", "company", "firms", "developers", "laboratories", "labs",
            "businesses", "corporations", "enterprises", "universities");
    private static final Set<String> LINKS = Set.of("of", "from", "including", "like", "as", ":");
    private static final int MAX_ITEM_TOKENS = 4;

    private ListedOrganizations() {}

    public static List<Candidate> find(String text, List<Token> tokens, int sentence) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!CUES.contains(tokens.get(i).folded())) continue;
            int k = i + 1;
            while (k < tokens.size() && k <= i + 3 && !LINKS.contains(tokens.get(k).folded())) k++; // "industry leaders of"
            if (k >= tokens.size() || k > i + 3) continue;
            if (tokens.get(k).folded().equals("as") && k + 1 < tokens.size()) k++; // "such as"
            List<Candidate> items = items(text, tokens, k + 1, sentence);
            if (items.size() >= 2) out.addAll(items);
        }
        return out;
    }

    /** Items separated by commas and a final "and", until the list ends. */
    private static List<Candidate> items(String text, List<Token> tokens, int from, int sentence) {
        List<Candidate> out = new ArrayList<>();
        int i = from;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && end - i < MAX_ITEM_TOKENS && hasCapital(tokens.get(end))) end++;
            if (end == i) break;
            Span span = new Span(tokens.get(i).begin(), tokens.get(end - 1).end());
            out.add(new Candidate(span, TypedPhrases.clean(span.of(text)), Kind.ORGANIZATION, null, sentence));
            if (end >= tokens.size()) break;
            String sep = tokens.get(end).folded();
            if (sep.equals(",")) {
                i = end + 1;
                if (i < tokens.size() && tokens.get(i).folded().equals("and")) i++;
            } else if (sep.equals("and")) {
                i = end + 1;
            } else {
                break;
            }
        }
        return out;
    }

    /** "Anthropic", "xAI", "DeepMind": a word with a capital letter in it. */
    private static boolean hasCapital(Token t) {
        return t.isWord() && t.text().chars().anyMatch(Character::isUpperCase) && !Lexicon.NOT_NAMES.contains(t.text());
    }
}
