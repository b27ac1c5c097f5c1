package org.aigov.kg.publish;

import org.aigov.kg.vocab.Prefixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Renders the HTML page of one resource from its description, the union graph and its mentions. */
public final class EntityPage {
    private static final int MAX_PER_PROPERTY = 50;
    private static final int MAX_SENTENCES = 100;
    private static final int MAX_LITERAL = 1500;
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(RDF.type.asNode(), SKOS.definition.asNode(),
            SKOS.exactMatch.asNode(), OWL.sameAs.asNode());

    /** A clause, sentence or mention of a statement: the document view has an anchor for each. */
    private static final java.util.regex.Pattern STATEMENT_LOCAL =
            java.util.regex.Pattern.compile("(.*/statement/[a-z0-9-]+)/(clause|sentence|mention)/([0-9]+(?:-[0-9]+)?)");

    private final Graph union;
    private final Labels labels;
    private final UiText ui;
    private final Linker linker;

    public EntityPage(Graph union, UiText ui, Linker linker) {
        this.union = union;
        this.labels = new Labels(union, ui.lang());
        this.ui = ui;
        this.linker = linker;
    }

    /**
     * @param pagePath the local path of the page (for the language switch and format links)
     * @param jsonLd   the description as JSON-LD, embedded in the page
     */
    public String render(String iri, Model description, List<SentenceHit> hits, String pagePath, String jsonLd) {
        return render(iri, description, hits, pagePath, jsonLd, "");
    }

    /** The page with {@code document} (a statement's {@link StatementDocument} view, or "") after the links at the top. */
    public String render(String iri, Model description, List<SentenceHit> hits, String pagePath, String jsonLd, String document) {
        Node self = NodeFactory.createURI(iri);
        Graph d = description.getGraph();
        String title = labels.of(self);
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1 id=\"label\">").append(Html.esc(title)).append("</h1>\n");
        b.append("<div class=\"iri\" title=\"").append(Html.esc(ui.get("page.iri"))).append("\">").append(Html.esc(iri)).append("</div>\n");
        types(b, d, self);
        definition(b, self);
        actions(b, iri, pagePath);
        b.append(document);
        externalLinks(b, d, self);
        relations(b, "outgoing", ui.get("page.outgoing"), outgoing(d, self), false);
        relations(b, "incoming", ui.get("page.incoming"), incoming(d, self), true);
        // statement-local resources (clauses, sentences) are not mentioned themselves: say nothing rather than "none"
        if (!hits.isEmpty() || !iri.contains("/statement/")) mentions(b, hits);
        formats(b, pagePath);
        String head = "<script type=\"application/ld+json\">\n" + Html.scriptSafeJson(jsonLd) + "</script>\n"
                + alternates(pagePath) + (document.isEmpty() ? "" : StatementDocument.head());
        return PageLayout.render(ui, title, b.toString(), head, pagePath, false, linker);
    }

    private void types(StringBuilder b, Graph d, Node self) {
        List<Node> types = new ArrayList<>();
        d.find(self, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        // show the most specific types only: the materialised superclasses would drown them
        List<Node> specific = types.stream().filter(Node::isURI)
                .filter(t -> types.stream().noneMatch(u -> !u.equals(t) && union.contains(u, RDFS.subClassOf.asNode(), t)))
                .filter(t -> !t.equals(OWL.Thing.asNode()) && !t.equals(RDFS.Resource.asNode()))
                .sorted(Comparator.comparing(labels::of)).toList();
        if (specific.isEmpty()) return;
        b.append("<div class=\"types\" id=\"types\"><span class=\"sr\">").append(Html.esc(ui.get("page.types"))).append(": </span>");
        for (Node t : specific) b.append("<span class=\"badge\">").append(link(t)).append("</span>");
        b.append("</div>\n");
    }

    private void definition(StringBuilder b, Node self) {
        String def = labels.pick(self, SKOS.definition.asNode(), ui.lang());
        if (def == null) def = labels.pick(self, SKOS.definition.asNode(), "en");
        if (def == null) def = labels.pick(self, SKOS.definition.asNode(), null);
        if (def == null) def = labels.pick(self, RDFS.comment.asNode(), null);
        if (def == null) return;
        b.append("<p class=\"definition\" id=\"definition\"><strong>").append(Html.esc(ui.get("page.definition")))
         .append(":</strong> ").append(Html.esc(def)).append("</p>\n");
    }

    private void actions(StringBuilder b, String iri, String pagePath) {
        b.append("<div class=\"actions\"><a id=\"to-graph\" href=\"/graph?focus=").append(Html.esc(Html.url(iri))).append("\">")
         .append(Html.esc(ui.get("page.showInGraph"))).append("</a><a id=\"to-query\" href=\"/\">")
         .append(Html.esc(ui.get("page.askQuery"))).append("</a>");
        java.util.regex.Matcher local = STATEMENT_LOCAL.matcher(iri);
        if (local.matches()) {
            String page = linker.href(local.group(1));
            if (page != null) {
                b.append("<a id=\"to-text\" href=\"").append(Html.esc(page + "#" + local.group(2) + "-" + local.group(3))).append("\">")
                 .append(Html.esc(ui.get("page.inText"))).append("</a>");
            }
        }
        b.append("</div>\n");
    }

    private void externalLinks(StringBuilder b, Graph d, Node self) {
        List<Node> same = new ArrayList<>();
        for (Node p : List.of(SKOS.exactMatch.asNode(), OWL.sameAs.asNode())) {
            d.find(self, p, Node.ANY).forEachRemaining(t -> same.add(t.getObject()));
        }
        if (same.isEmpty()) return;
        b.append("<p id=\"external\"><strong>").append(Html.esc(ui.get("page.externalLinks"))).append(":</strong> ");
        for (Node n : same) {
            if (!n.isURI()) continue;
            String href = linker.href(n.getURI());
            boolean wikidata = n.getURI().startsWith("http://www.wikidata.org/entity/");
            String text = wikidata ? ui.get("page.wikidata") + " " + Labels.fallback(n) : n.getURI();
            b.append("<a class=\"badge\" ").append(wikidata ? "id=\"wikidata\" " : "").append("rel=\"external\" href=\"")
             .append(Html.esc(href == null ? n.getURI() : href)).append("\">").append(Html.esc(text)).append("</a>");
        }
        b.append("</p>\n");
    }

    private Map<Node, List<Node>> outgoing(Graph d, Node self) {
        Map<Node, List<Node>> m = new TreeMap<>(Comparator.comparing((Node n) -> termLabel(n) + "\u0000" + n));
        d.find(self, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!SHOWN_ELSEWHERE.contains(t.getPredicate())) m.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        });
        return m;
    }

    private Map<Node, List<Node>> incoming(Graph d, Node self) {
        Map<Node, List<Node>> m = new TreeMap<>(Comparator.comparing((Node n) -> termLabel(n) + "\u0000" + n));
        d.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> {
            if (!t.getSubject().equals(self)) m.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        });
        return m;
    }

    /**
     * Drops values that a more specific property already links (isPartOf beside clauseOf): the
     * superproperty triples are materialised entailments and would repeat every row.
     */
    private Map<Node, List<Node>> withoutEntailedSuperproperties(Map<Node, List<Node>> rel) {
        Map<Node, List<Node>> out = new TreeMap<>(Comparator.comparing((Node n) -> termLabel(n) + "\u0000" + n));
        for (Map.Entry<Node, List<Node>> e : rel.entrySet()) {
            Node p = e.getKey();
            List<Node> kept = e.getValue().stream().filter(v -> rel.entrySet().stream().noneMatch(other ->
                    !other.getKey().equals(p) && other.getValue().contains(v)
                            && union.contains(other.getKey(), RDFS.subPropertyOf.asNode(), p)
                            && !union.contains(p, RDFS.subPropertyOf.asNode(), other.getKey()))).toList();
            if (!kept.isEmpty()) out.put(p, kept);
        }
        return out;
    }

    private void relations(StringBuilder b, String id, String heading, Map<Node, List<Node>> all, boolean incoming) {
        Map<Node, List<Node>> rel = withoutEntailedSuperproperties(all);
        if (rel.isEmpty()) return;
        b.append("<h2>").append(Html.esc(heading)).append("</h2>\n<table class=\"rel\" id=\"").append(id).append("\">\n");
        for (Map.Entry<Node, List<Node>> e : rel.entrySet()) {
            List<Node> values = new ArrayList<>(e.getValue());
            values.sort(Comparator.comparing((Node n) -> n.isLiteral() ? n.getLiteralLanguage() : "")
                    .thenComparing(n -> n.isLiteral() ? n.getLiteralLexicalForm() : termLabel(n), EntityPage::natural));
            b.append("<tr><th>").append(link(e.getKey())).append("</th><td><ul>");
            int shown = 0;
            for (Node v : values) {
                if (shown++ == MAX_PER_PROPERTY) break;
                b.append("<li>").append(v.isLiteral() ? literal(v) : link(v)).append("</li>");
            }
            if (values.size() > MAX_PER_PROPERTY) {
                b.append("<li>… ").append(values.size() - MAX_PER_PROPERTY).append(' ').append(Html.esc(ui.get("page.more"))).append("</li>");
            }
            b.append("</ul></td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void mentions(StringBuilder b, List<SentenceHit> hits) {
        b.append("<h2>").append(Html.esc(ui.get("page.mentions"))).append("</h2>\n<div id=\"mentions\">\n");
        if (hits.isEmpty()) b.append("<p>").append(Html.esc(ui.get("page.mentions.none"))).append("</p>\n");
        int shown = 0;
        for (SentenceHit h : hits) {
            if (shown++ == MAX_SENTENCES) break;
            b.append("<blockquote class=\"sentence\">").append(highlighted(h)).append("<footer>");
            if (h.statementIri() != null) {
                b.append(Html.esc(ui.get("page.fromStatement"))).append(' ').append(link(NodeFactory.createURI(h.statementIri()))).append(" · ");
            }
            String href = linker.href(h.sentenceIri());
            b.append("<a href=\"").append(Html.esc(href == null ? h.sentenceIri() : href)).append("\">")
             .append(Html.esc(sentenceName(h.sentenceIri()))).append("</a></footer></blockquote>\n");
        }
        if (hits.size() > MAX_SENTENCES) {
            b.append("<p>… ").append(hits.size() - MAX_SENTENCES).append(' ').append(Html.esc(ui.get("page.more"))).append("</p>\n");
        }
        b.append("</div>\n");
    }

    /** Orders text with its numbers compared by value, so "Clause 2" comes before "Clause 10". */
    static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""), nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** "sentence 7" from …/sentence/7. */
    private static String sentenceName(String iri) {
        int cut = iri.lastIndexOf('/');
        int prev = iri.lastIndexOf('/', cut - 1);
        return prev >= 0 ? iri.substring(prev + 1, cut) + " " + iri.substring(cut + 1) : iri;
    }

    /** The sentence with each mention span wrapped in mark; overlapping spans keep the first. */
    static String highlighted(SentenceHit h) {
        List<int[]> spans = new ArrayList<>(h.spans());
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at) continue;
            b.append(Html.esc(h.text().substring(at, s[0]))).append("<mark>").append(Html.esc(h.text().substring(s[0], s[1]))).append("</mark>");
            at = s[1];
        }
        b.append(Html.esc(h.text().substring(at)));
        return b.toString();
    }

    private void formats(StringBuilder b, String pagePath) {
        b.append("<h2>").append(Html.esc(ui.get("page.formats"))).append("</h2>\n<div class=\"formats\" id=\"formats\">");
        for (Format f : Format.values()) {
            if (!f.isRdf()) continue;
            b.append("<a href=\"").append(Html.esc(pagePath + "?format=" + f.param())).append("\" type=\"").append(f.mediaType())
             .append("\">").append(f.param()).append(" <span class=\"iri\">").append(f.mediaType()).append("</span></a>");
        }
        b.append("</div>\n");
    }

    private static String alternates(String pagePath) {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values()) {
            if (!f.isRdf()) continue;
            b.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"")
             .append(Html.esc(pagePath + "?format=" + f.param())).append("\">\n");
        }
        return b.toString();
    }

    private String literal(Node v) {
        String text = v.getLiteralLexicalForm();
        boolean cut = text.length() > MAX_LITERAL;
        if (cut) text = text.substring(0, MAX_LITERAL) + "…";
        StringBuilder b = new StringBuilder();
        String lang = v.getLiteralLanguage();
        b.append("<span").append(lang.isEmpty() ? "" : " lang=\"" + Html.esc(lang) + "\"").append(">")
         .append(Html.esc(text)).append("</span>");
        if (!lang.isEmpty()) b.append("<span class=\"lit-lang\">").append(Html.esc(lang)).append("</span>");
        if (cut) b.append(" <em>").append(Html.esc(ui.get("page.truncated"))).append("</em>");
        return b.toString();
    }

    /** The resource's label; for terms of other vocabularies, which the data does not label, the page's own name for them. */
    private String termLabel(Node n) {
        String found = labels.find(n);
        if (found != null) return found;
        String curie = curie(n.getURI());
        String own = curie == null ? null : ui.find("term." + curie.replace(':', '.')); // ':' separates keys in .properties
        return own != null ? own : Labels.fallback(n);
    }

    private static String curie(String iri) {
        for (Map.Entry<String, String> e : Prefixes.vocabularies().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) return e.getKey() + ":" + iri.substring(e.getValue().length());
        }
        return null;
    }

    /** A labelled link to a resource (plain label when it has no web address). */
    private String link(Node n) {
        String text = n.isURI() ? termLabel(n) : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        if (!n.isURI()) return Html.esc(text);
        String href = linker.href(n.getURI());
        if (href == null) return "<span title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(text) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(text) + "</a>";
    }
}
