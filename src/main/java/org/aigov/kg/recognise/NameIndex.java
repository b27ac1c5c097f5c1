package org.aigov.kg.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest name at a token position. Names match case-insensitively; acronyms
 * (and other all-capital names) only in their exact case, so "US" never matches "us".
 */
public final class NameIndex {
    private final TrieNode folded = new TrieNode();
    private final TrieNode exact = new TrieNode();
    private final NameIndex base;

    /** An empty index. */
    public NameIndex() { this.base = null; }

    /** An index of its own names over {@code base}, which it never changes (the gazetteer's, shared by every statement). */
    public NameIndex(NameIndex base) { this.base = base; }

    /** A match: the entity and how many tokens its name covers. */
    public record Match(Entity entity, int length) {}

    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>();
        Entity entity;
    }

    /** Adds a name; all-capital single-word names (acronyms) are case-sensitive. */
    public void addName(String name, Entity entity) {
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) return;
        boolean caseSensitive = tokens.size() == 1 && tokens.get(0).isAllCaps() || tokens.stream().allMatch(Token::isAllCaps);
        if (caseSensitive) add(exact, tokens, entity, true);
        else add(folded, tokens, entity, false);
    }

    public void addAcronym(String acronym, Entity entity) {
        add(exact, Tokenizer.tokenize(acronym), entity, true);
    }

    private static void add(TrieNode root, List<Token> tokens, Entity entity, boolean exactCase) {
        TrieNode node = root;
        for (Token t : tokens) node = node.next.computeIfAbsent(exactCase ? t.exact() : t.folded(), k -> new TrieNode());
        if (node.entity == null || preferred(entity, node.entity)) node.entity = entity; // first registration wins, known beats discovered
    }

    private static boolean preferred(Entity candidate, Entity current) {
        return candidate.known() && !current.known();
    }

    /** The longest name starting at tokens[from], or null. */
    public Match longestAt(List<Token> tokens, int from) {
        Match own = longer(walk(folded, tokens, from, false), walk(exact, tokens, from, true));
        if (base == null) return own;
        Match under = base.longestAt(tokens, from);
        if (own == null) return under;
        if (under == null) return own;
        return own.length() > under.length() ? own : under; // same length: the base registered it first
    }

    private static Match longer(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.length() > a.length() ? b : a;
    }

    private static Match walk(TrieNode root, List<Token> tokens, int from, boolean exactCase) {
        TrieNode node = root;
        Match best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(exactCase ? tokens.get(i).exact() : tokens.get(i).folded());
            if (node == null) break;
            if (node.entity != null) best = new Match(node.entity, i - from + 1);
        }
        return best;
    }
}
