package org.aigov.kg.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aigov.kg.export.NetworkStyle;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The document view on a statement's page: the text as published with every mention linked and
 * coloured by type, every clause marked with its speech act and strength, filters, a side list of
 * parties, agreements, targets and events, the build's warnings, and the clauses' details as JSON
 * for {@code /ld/statement.js}.
 */
public final class StatementDocument {
    /** Where the view's script is served. */
    public static final String SCRIPT_PATH = "/ld/statement.js";

    private final StatementText st;
    private final Labels labels;
    private final UiText ui;
    private final Linker linker;
    private final Map<String, String> entityTypes = new LinkedHashMap<>();

    private StatementDocument(StatementText st, Graph union, UiText ui, Linker linker) {
        this.st = st;
        this.labels = new Labels(union, ui.lang());
        this.ui = ui;
        this.linker = linker;
        st.mentions().forEach(m -> entityTypes.putIfAbsent(m.entity(), m.type()));
    }

    /** The view's HTML for the statement, or "" when the graph has no text for it; call inside a read transaction. */
    public static String render(Graph union, String iri, UiText ui, Linker linker) {
        StatementText st = StatementText.read(union, iri);
        return st == null ? "" : new StatementDocument(st, union, ui, linker).html();
    }

    /** The style and script the view needs in the page head. */
    public static String head() {
        StringBuilder b = new StringBuilder("<style>");
        NetworkStyle.types().forEach((type, look) -> b.append(".t-").append(type).append("{--c:").append(look.color()).append("}"));
        return b.append("</style>\n<script defer src=\"").append(SCRIPT_PATH).append("\"></script>\n").toString();
    }

    private String html() {
        StringBuilder b = new StringBuilder(st.text().length() * 4 + 8192);
        b.append("<section id=\"document\" class=\"doc\" aria-label=\"").append(Html.esc(ui.get("doc.title"))).append("\">\n");
        b.append("<h2>").append(Html.esc(ui.get("doc.title"))).append("</h2>\n");
        warnings(b);
        filters(b);
        b.append("<div class=\"doc-layout\">\n<article id=\"doc-text\" class=\"doc-text\" lang=\"en\">\n");
        MarkdownView.render(st.text(), new TextOverlay(st, new Marks()), b);
        b.append("</article>\n");
        side(b);
        b.append("</div>\n<script type=\"application/json\" id=\"clause-data\">")
         .append(Html.scriptSafeJson(clauseData().toString())).append("</script>\n</section>\n");
        return b.toString();
    }

    private void warnings(StringBuilder b) {
        if (st.warnings().isEmpty()) return;
        b.append("<div id=\"doc-warnings\" class=\"notice\"><strong>").append(Html.esc(ui.get("doc.warnings"))).append("</strong><ul>");
        for (String w : st.warnings()) b.append("<li>").append(Html.esc(w)).append("</li>");
        b.append("</ul></div>\n");
    }

    private void filters(StringBuilder b) {
        Map<String, String> acts = new TreeMap<>(), strengths = new LinkedHashMap<>(), topics = new TreeMap<>(), types = new LinkedHashMap<>();
        for (StatementText.Clause c : st.clauses()) {
            if (c.speechAct() != null) acts.put(slug(c.speechAct()), label(c.speechAct()));
            if (c.strength() != null) strengths.put(slug(c.strength()), label(c.strength()));
            for (String t : st.links(c, "topic")) topics.put(slug(t), label(t));
        }
        StatementText.TYPES.stream().filter(entityTypes::containsValue).forEach(t -> types.put(t, label(AIGO.NS + t)));
        b.append("<form id=\"doc-filters\" class=\"doc-filters\">");
        select(b, "f-sa", "doc.speechAct", acts);
        select(b, "f-str", "doc.strength", strengths);
        select(b, "f-topic", "doc.topic", topics);
        select(b, "f-type", "doc.entityType", types);
        b.append("<output id=\"doc-count\" data-total=\"").append(st.clauses().size()).append("\" data-template=\"")
         .append(Html.esc(ui.get("doc.shown"))).append("\"></output></form>\n<p class=\"doc-legend\">");
        types.forEach((t, l) -> b.append("<span class=\"chip t-").append(t).append("\">").append(Html.esc(l)).append("</span>"));
        b.append("<span class=\"hint\">").append(Html.esc(ui.get("doc.hint"))).append("</span></p>\n");
    }

    private void select(StringBuilder b, String id, String key, Map<String, String> options) {
        b.append("<label>").append(Html.esc(ui.get(key))).append(" <select id=\"").append(id).append("\"><option value=\"\">")
         .append(Html.esc(ui.get("doc.all"))).append("</option>");
        options.forEach((v, l) -> b.append("<option value=\"").append(Html.esc(v)).append("\">").append(Html.esc(l)).append("</option>"));
        b.append("</select></label>");
    }

    private void side(StringBuilder b) {
        b.append("<aside id=\"doc-side\" class=\"doc-side\">\n");
        for (String role : List.of("party", "agreement", "target", "event")) {
            Map<String, String> items = new LinkedHashMap<>();
            for (String[] item : st.side().getOrDefault(role, List.of())) {
                if (item[0] != null) items.putIfAbsent(item[0], item[1]);
            }
            b.append("<section id=\"side-").append(role).append("\"><h3>").append(Html.esc(ui.get("doc.side." + role)))
             .append(" <small>").append(items.size()).append("</small></h3><ul>");
            items.entrySet().stream().sorted(java.util.Comparator.comparing((Map.Entry<String, String> e) -> label(e.getKey()), EntityPage::natural))
                    .forEach(e -> {
                        b.append("<li>").append(link(e.getKey()));
                        String anchor = anchor(e.getValue());
                        if (anchor != null) b.append(" <a class=\"in-text\" href=\"#").append(anchor).append("\">").append(Html.esc(ui.get("doc.inText"))).append("</a>");
                        b.append("</li>");
                    });
            b.append("</ul></section>\n");
        }
        b.append("<div id=\"clause-details\" class=\"clause-details\" aria-live=\"polite\"><p class=\"hint\">")
         .append(Html.esc(ui.get("doc.detailsHint"))).append("</p></div>\n</aside>\n");
    }

    private JsonObject clauseData() {
        JsonObject all = new JsonObject();
        JsonObject words = new JsonObject();
        for (String k : List.of("doc.actors", "doc.topics", "doc.mentions", "doc.states", "doc.clausePage", "doc.clause")) words.put(k, ui.get(k));
        all.put("ui", words);
        JsonObject clauses = new JsonObject();
        for (StatementText.Clause c : st.clauses()) {
            JsonObject o = new JsonObject();
            o.put("speechAct", c.speechAct() == null ? "" : label(c.speechAct()));
            o.put("strength", c.strength() == null ? "" : label(c.strength()));
            o.put("page", href(c.iri()));
            for (String role : List.of("actor", "topic", "mention", "states")) {
                JsonArray list = new JsonArray();
                for (String v : st.links(c, role)) {
                    JsonArray pair = new JsonArray();
                    pair.add(label(v));
                    pair.add(href(v));
                    list.add(pair);
                }
                o.put(role, list);
            }
            clauses.put(String.valueOf(c.number()), o);
        }
        all.put("clauses", clauses);
        return all;
    }

    /** The markup of clauses, mentions and sentence anchors in the text. */
    private final class Marks implements TextOverlay.Markup {
        @Override
        public String openClause(StatementText.Clause c) {
            Set<String> types = new LinkedHashSet<>();
            for (String e : st.links(c, "mention")) {
                String t = entityTypes.get(e);
                if (t != null && !t.isEmpty()) types.add(t);
            }
            return "<span class=\"cl str-" + slug(c.strength()) + "\" data-clause=\"" + c.number() + "\" data-sa=\"" + Html.esc(slug(c.speechAct()))
                    + "\" data-str=\"" + Html.esc(slug(c.strength())) + "\" data-topics=\"" + Html.esc(st.links(c, "topic").stream()
                    .map(StatementDocument::slug).collect(Collectors.joining(" "))) + "\" data-types=\"" + Html.esc(String.join(" ", types)) + "\">";
        }

        @Override
        public String clauseMark(StatementText.Clause c) {
            String sa = c.speechAct() == null ? ui.get("doc.clause") : label(c.speechAct());
            List<String> actors = new ArrayList<>();
            st.links(c, "actor").forEach(a -> actors.add(label(a)));
            String title = sa + (c.strength() == null ? "" : " · " + label(c.strength()))
                    + (actors.isEmpty() ? "" : " — " + ui.get("doc.actors") + ": " + String.join(", ", actors));
            return "<span class=\"cl-mark\" id=\"clause-" + c.number() + "\" data-clause=\"" + c.number() + "\" tabindex=\"0\" role=\"button\" title=\""
                    + Html.esc(title) + "\">" + Html.esc(sa) + "</span>";
        }

        @Override
        public String openMention(StatementText.Mention m, boolean first) {
            String type = m.type().isEmpty() ? "Other" : m.type();
            String id = m.iri().substring(m.iri().lastIndexOf('/') + 1);
            return "<a class=\"m t-" + Html.esc(type) + "\" data-type=\"" + Html.esc(type) + "\" data-mention=\"" + Html.esc(id) + "\""
                    + (first ? " id=\"mention-" + Html.esc(id) + "\"" : "") + " href=\"" + Html.esc(href(m.entity())) + "\" title=\""
                    + Html.esc(label(m.entity()) + (m.type().isEmpty() ? "" : " (" + label(AIGO.NS + m.type()) + ")")) + "\">";
        }

        @Override
        public String sentenceAnchor(String sentenceIri) {
            return "<span class=\"anchor\" id=\"sentence-" + Html.esc(slug(sentenceIri)) + "\"></span>";
        }
    }

    private String anchor(String sentenceIri) {
        return sentenceIri == null || !sentenceIri.startsWith(st.iri() + "/sentence/") ? null : "sentence-" + slug(sentenceIri);
    }

    private String link(String iri) {
        return "<a href=\"" + Html.esc(href(iri)) + "\">" + Html.esc(label(iri)) + "</a>";
    }

    private String href(String iri) {
        String h = linker.href(iri);
        return h == null ? iri : h;
    }

    private String label(String iri) {
        Node n = NodeFactory.createURI(iri);
        return labels.of(n);
    }

    /** The last segment of an IRI ("reaffirm" from …/speech-act/reaffirm); "" for null. */
    static String slug(String iri) {
        if (iri == null) return "";
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
