package org.aigov.kg.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes ranges of a statement's source text as HTML with its clauses and mentions laid over it:
 * each piece of text between two span boundaries is wrapped in its clause's element and its
 * mention's link, so the markup nests however the spans fall across blocks. Overlapping mentions
 * keep the longer one; each clause's mark and each sentence's anchor are written once, where
 * their text first appears.
 */
final class TextOverlay {
    /** How the three kinds of span open; each closes with its own tag. */
    interface Markup {
        String openClause(StatementText.Clause c);
        String clauseMark(StatementText.Clause c);
        String openMention(StatementText.Mention m, boolean first);
        String sentenceAnchor(String sentenceIri);
    }

    private final String text;
    private final TreeMap<Integer, StatementText.Clause> clauses = new TreeMap<>();
    private final TreeMap<Integer, StatementText.Mention> mentions = new TreeMap<>();
    private final TreeMap<Integer, String> sentences;
    private final TreeSet<Integer> boundaries = new TreeSet<>();
    private final Set<String> started = new HashSet<>();
    private final Markup markup;
    private int anchorsUpTo = -1;

    TextOverlay(StatementText st, Markup markup) {
        this.text = st.text();
        this.markup = markup;
        this.sentences = st.sentences();
        for (StatementText.Clause c : st.clauses()) {
            if (c.begin() < c.end() && c.end() <= text.length() && clauses.putIfAbsent(c.begin(), c) == null) {
                boundaries.add(c.begin());
                boundaries.add(c.end());
            }
        }
        int covered = -1;
        List<StatementText.Mention> ordered = st.mentions().stream()
                .sorted((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end())).toList();
        for (StatementText.Mention m : ordered) {
            if (m.begin() < covered || m.begin() >= m.end() || m.end() > text.length()) continue;
            mentions.put(m.begin(), m);
            boundaries.add(m.begin());
            boundaries.add(m.end());
            covered = m.end();
        }
    }

    /** Writes text[from, to) escaped, with the spans that cover it. */
    void write(int from, int to, StringBuilder out) {
        int at = from;
        while (at < to) {
            Integer next = boundaries.higher(at);
            int end = next == null ? to : Math.min(next, to);
            piece(at, end, out);
            at = end;
        }
    }

    private void piece(int from, int to, StringBuilder out) {
        anchors(from, out);
        StatementText.Clause c = covering(clauses, from, StatementText.Clause::end);
        StatementText.Mention m = covering(mentions, from, StatementText.Mention::end);
        if (c != null) {
            out.append(markup.openClause(c));
            if (started.add(c.iri())) out.append(markup.clauseMark(c));
        }
        if (m != null) out.append(markup.openMention(m, started.add(m.iri())));
        out.append(Html.esc(text.substring(from, to)));
        if (m != null) out.append("</a>");
        if (c != null) out.append("</span>");
    }

    /** Anchors of the sentences that begin at or before this piece and have none yet. */
    private void anchors(int at, StringBuilder out) {
        for (Map.Entry<Integer, String> s : sentences.subMap(anchorsUpTo, false, at, true).entrySet()) {
            out.append(markup.sentenceAnchor(s.getValue()));
        }
        anchorsUpTo = Math.max(anchorsUpTo, at);
    }

    private static <T> T covering(TreeMap<Integer, T> spans, int at, Function<T, Integer> end) {
        Map.Entry<Integer, T> e = spans.floorEntry(at);
        return e != null && end.apply(e.getValue()) > at ? e.getValue() : null;
    }
}
