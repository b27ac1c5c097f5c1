package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import org.aigov.kg.vocab.Prefixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology reference page, generated from the ontology graph: classes with their hierarchy,
 * properties with domain, range and inverse, alignments to external vocabularies, the SKOS
 * concept schemes, and an example from the data for each class.
 *
 * <pre>Files.writeString(out.resolve("ontology.html"), OntologyDoc.render(ontologyGraph, dataset, "en"));</pre>
 */
public final class OntologyDoc {
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node SUBPROP = RDFS.subPropertyOf.asNode();
    private static final List<Node> PROPERTY_TYPES = List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Property.asNode());
    private static final List<Node> ALIGNMENTS = List.of(SUBCLASS, OWL.equivalentClass.asNode(), SUBPROP,
            OWL.equivalentProperty.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(), OWL.sameAs.asNode());

    private final Graph onto;
    private final Labels labels;
    private final UiText ui;
    private final Linker linker;
    private final Map<String, String> examples;
    private final Labels dataLabels;

    private OntologyDoc(Graph onto, Map<String, String> examples, Labels dataLabels, UiText ui, Linker linker) {
        this.onto = onto;
        this.labels = new Labels(onto, ui.lang());
        this.ui = ui;
        this.linker = linker;
        this.examples = examples;
        this.dataLabels = dataLabels;
    }

    /**
     * A standalone HTML document (stylesheet inlined; links go to the IRIs themselves), for
     * {@code aigov build} to write as ontology.html. {@code data} may be null (no examples).
     */
    public static String render(Graph ontology, Dataset data, String lang) {
        String l = UiText.supports(lang) ? lang : "en";
        return render(ontology, data, l, new Linker(org.aigov.kg.vocab.Iris.DEFAULT_BASE, false, null), true, null);
    }

    /** The page as served: links to local pages, language switch on {@code switchPath}. */
    public static String render(Graph ontology, Dataset data, String lang, Linker linker, boolean standalone, String switchPath) {
        UiText ui = UiText.of(lang);
        if (data == null) return new OntologyDoc(ontology, Map.of(), null, ui, linker).page(standalone, switchPath);
        return Txn.calculateRead(data, () -> {
            Graph union = UnionView.graph(data);
            return new OntologyDoc(ontology, examples(union), new Labels(union, lang), ui, linker).page(standalone, switchPath);
        });
    }

    private static Map<String, String> examples(Graph union) {
        Map<String, String> m = new HashMap<>();
        try (QueryExecution qe = QueryExecution.create().query(Queries.get("class-examples"))
                .model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(union)).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> m.put(row.getResource("class").getURI(), row.getLiteral("example").getString()));
        }
        return m;
    }

    private String page(boolean standalone, String switchPath) {
        StringBuilder b = new StringBuilder(32768);
        Node ontIri = first(subjectsOfType(OWL.Ontology.asNode()));
        String title = ontIri != null ? labels.of(ontIri) : ui.get("ontology.title");
        b.append("<h1 id=\"top\">").append(Html.esc(ui.get("ontology.title"))).append(": ").append(Html.esc(title)).append("</h1>\n");
        if (ontIri != null) {
            b.append("<div class=\"iri\">").append(Html.esc(ontIri.getURI())).append("</div>\n");
            onto.find(ontIri, OWL.versionIRI.asNode(), Node.ANY).forEachRemaining(t ->
                    b.append("<div class=\"iri\">owl:versionIRI ").append(Html.esc(t.getObject().toString())).append("</div>\n"));
            String def = describe(ontIri);
            if (def != null) b.append("<p class=\"definition\">").append(Html.esc(def)).append("</p>\n");
            onto.find(ontIri, DCTerms.license.asNode(), Node.ANY).forEachRemaining(t ->
                    b.append("<p>dct:license ").append(link(t.getObject())).append("</p>\n"));
        }
        b.append("<p>").append(Html.esc(ui.get("ontology.intro"))).append("</p>\n");
        List<Node> classes = ours(classNodes());
        List<Node> properties = ours(propertyNodes());
        List<Node> schemes = sorted(subjectsOfType(SKOS.ConceptScheme.asNode()));
        toc(b, classes, properties, schemes);
        classesSection(b, classes);
        propertiesSection(b, properties);
        alignmentsSection(b, classes, properties);
        schemesSection(b, schemes);
        return PageLayout.render(ui, ui.get("ontology.title"), b.toString(), null, switchPath, standalone, linker);
    }

    private void toc(StringBuilder b, List<Node> classes, List<Node> properties, List<Node> schemes) {
        b.append("<nav class=\"actions\"><a href=\"#classes\">").append(Html.esc(ui.get("ontology.classes"))).append(" (")
         .append(classes.size()).append(")</a><a href=\"#properties\">").append(Html.esc(ui.get("ontology.properties")))
         .append(" (").append(properties.size()).append(")</a><a href=\"#alignments\">").append(Html.esc(ui.get("ontology.alignments")))
         .append("</a><a href=\"#schemes\">").append(Html.esc(ui.get("ontology.schemes"))).append(" (").append(schemes.size())
         .append(")</a></nav>\n");
    }

    // ---- classes

    private void classesSection(StringBuilder b, List<Node> classes) {
        b.append("<h2 id=\"classes\">").append(Html.esc(ui.get("ontology.classes"))).append("</h2>\n");
        Set<Node> set = new LinkedHashSet<>(classes);
        List<Node> roots = classes.stream().filter(c -> directSupers(c, SUBCLASS).stream().noneMatch(set::contains)).toList();
        b.append("<ul class=\"tree\" id=\"class-tree\">");
        for (Node r : roots) tree(b, r, set, new TreeSet<>());
        b.append("</ul>\n");
        for (Node c : classes) {
            b.append("<section class=\"term\" id=\"").append(Html.esc(Linker.anchor(c.getURI()))).append("\"><h3>")
             .append(Html.esc(labels.of(c))).append("</h3><div class=\"iri\">").append(Html.esc(c.getURI())).append("</div>\n");
            String def = describe(c);
            if (def != null) b.append("<p>").append(Html.esc(def)).append("</p>\n");
            b.append("<dl class=\"term\">");
            row(b, "ontology.superclasses", directSupers(c, SUBCLASS));
            row(b, "ontology.equivalent", objects(c, OWL.equivalentClass.asNode()));
            row(b, "ontology.subclasses", directSubs(c, SUBCLASS));
            String ex = examples.get(c.getURI());
            if (ex != null) {
                Node exNode = NodeFactory.createURI(ex);
                String text = dataLabels != null ? dataLabels.of(exNode) : Labels.fallback(exNode);
                String href = linker.href(ex);
                b.append("<dt>").append(Html.esc(ui.get("ontology.example"))).append("</dt><dd class=\"example\">")
                 .append(href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>")
                 .append(" <span class=\"iri\">").append(Html.esc(ex)).append("</span></dd>");
            }
            b.append("</dl></section>\n");
        }
    }

    private void tree(StringBuilder b, Node c, Set<Node> ours, Set<String> seen) {
        b.append("<li><a href=\"#").append(Html.esc(Linker.anchor(c.getURI()))).append("\">").append(Html.esc(labels.of(c))).append("</a>");
        if (seen.add(c.getURI())) {
            List<Node> subs = directSubs(c, SUBCLASS).stream().filter(ours::contains).toList();
            if (!subs.isEmpty()) {
                b.append("<ul>");
                for (Node s : subs) tree(b, s, ours, seen);
                b.append("</ul>");
            }
        }
        b.append("</li>");
    }

    // ---- properties

    private void propertiesSection(StringBuilder b, List<Node> properties) {
        b.append("<h2 id=\"properties\">").append(Html.esc(ui.get("ontology.properties"))).append("</h2>\n");
        for (Node p : properties) {
            b.append("<section class=\"term\" id=\"").append(Html.esc(Linker.anchor(p.getURI()))).append("\"><h3>")
             .append(Html.esc(labels.of(p))).append("</h3><div class=\"iri\">").append(Html.esc(p.getURI())).append("</div>\n");
            String def = describe(p);
            if (def != null) b.append("<p>").append(Html.esc(def)).append("</p>\n");
            b.append("<dl class=\"term\">");
            List<Node> kinds = new ArrayList<>();
            for (Node t : PROPERTY_TYPES) if (onto.contains(p, RDF.type.asNode(), t)) kinds.add(t);
            row(b, "ontology.kind", kinds);
            row(b, "ontology.domain", objects(p, RDFS.domain.asNode()));
            row(b, "ontology.range", objects(p, RDFS.range.asNode()));
            Set<Node> inverse = new TreeSet<>(Comparator.comparing(Node::toString));
            inverse.addAll(objects(p, OWL.inverseOf.asNode()));
            onto.find(Node.ANY, OWL.inverseOf.asNode(), p).forEachRemaining(t -> inverse.add(t.getSubject()));
            row(b, "ontology.inverse", new ArrayList<>(inverse));
            row(b, "ontology.superproperties", directSupers(p, SUBPROP));
            b.append("</dl></section>\n");
        }
    }

    // ---- alignments

    private void alignmentsSection(StringBuilder b, List<Node> classes, List<Node> properties) {
        b.append("<h2 id=\"alignments\">").append(Html.esc(ui.get("ontology.alignments"))).append("</h2>\n<table class=\"rel\">\n");
        List<Node> terms = new ArrayList<>(classes);
        terms.addAll(properties);
        for (Node t : terms) {
            for (Node rel : ALIGNMENTS) {
                for (Node o : objects(t, rel)) {
                    if (!o.isURI() || o.getURI().startsWith(AIGO.NS)) continue;
                    b.append("<tr><th><a href=\"#").append(Html.esc(Linker.anchor(t.getURI()))).append("\">").append(Html.esc(labels.of(t)))
                     .append("</a></th><td>").append(Html.esc(curie(rel))).append("</td><td>").append(link(o))
                     .append(" <span class=\"iri\">").append(Html.esc(curie(o))).append("</span></td></tr>\n");
                }
            }
        }
        b.append("</table>\n");
    }

    // ---- concept schemes

    private void schemesSection(StringBuilder b, List<Node> schemes) {
        b.append("<h2 id=\"schemes\">").append(Html.esc(ui.get("ontology.schemes"))).append("</h2>\n");
        for (Node s : schemes) {
            b.append("<section class=\"term\" id=\"").append(Html.esc(Linker.anchor(s.getURI()))).append("\"><h3>")
             .append(Html.esc(labels.of(s))).append("</h3><div class=\"iri\">").append(Html.esc(s.getURI())).append("</div>\n");
            String def = describe(s);
            if (def != null) b.append("<p>").append(Html.esc(def)).append("</p>\n");
            Set<Node> concepts = new TreeSet<>(Comparator.comparing(Node::toString));
            onto.find(Node.ANY, SKOS.inScheme.asNode(), s).forEachRemaining(t -> concepts.add(t.getSubject()));
            onto.find(Node.ANY, SKOS.topConceptOf.asNode(), s).forEachRemaining(t -> concepts.add(t.getSubject()));
            onto.find(s, SKOS.hasTopConcept.asNode(), Node.ANY).forEachRemaining(t -> concepts.add(t.getObject()));
            b.append("<table class=\"rel\"><tr><th>").append(Html.esc(ui.get("ontology.concepts"))).append(" (").append(concepts.size())
             .append(")</th><td></td></tr>\n");
            for (Node c : sorted(new ArrayList<>(concepts))) {
                if (!c.isURI()) continue;
                b.append("<tr id=\"").append(Html.esc(Linker.anchor(c.getURI()))).append("\"><th>").append(Html.esc(labels.of(c)))
                 .append("<div class=\"iri\">").append(Html.esc(curie(c))).append("</div></th><td>");
                String conceptDef = describe(c);
                if (conceptDef != null) b.append(Html.esc(conceptDef));
                List<Node> broader = objects(c, SKOS.broader.asNode());
                if (!broader.isEmpty()) b.append(" <em>skos:broader</em> ").append(String.join(", ", broader.stream().map(this::link).toList()));
                b.append("</td></tr>\n");
            }
            b.append("</table></section>\n");
        }
    }

    // ---- helpers

    private void row(StringBuilder b, String key, List<Node> values) {
        if (values.isEmpty()) return;
        b.append("<dt>").append(Html.esc(ui.get(key))).append("</dt><dd>")
         .append(String.join(", ", sorted(values).stream().map(this::link).toList())).append("</dd>");
    }

    private String link(Node n) {
        if (!n.isURI()) return Html.esc(n.isLiteral() ? n.getLiteralLexicalForm() : "(anonymous)");
        String text = n.getURI().startsWith(AIGO.NS) || n.getURI().startsWith(AIGO.VOCAB) ? labels.of(n) : curie(n);
        String href = n.getURI().startsWith(AIGO.NS) || n.getURI().startsWith(AIGO.VOCAB)
                ? "#" + Linker.anchor(n.getURI()) : linker.href(n.getURI());
        if (href == null) return Html.esc(text);
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(n.getURI()) + "\">" + Html.esc(text) + "</a>";
    }

    private static String curie(Node n) {
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        for (Map.Entry<String, String> e : Prefixes.vocabularies().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) return e.getKey() + ":" + iri.substring(e.getValue().length());
        }
        return iri;
    }

    private String describe(Node n) {
        for (Node p : List.of(SKOS.definition.asNode(), RDFS.comment.asNode(), DCTerms.description.asNode())) {
            String s = labels.pick(n, p, ui.lang());
            if (s == null) s = labels.pick(n, p, "en");
            if (s == null) s = labels.pick(n, p, null);
            if (s != null) return s;
        }
        return null;
    }

    private List<Node> classNodes() {
        Set<Node> s = new LinkedHashSet<>(subjectsOfType(OWL.Class.asNode()));
        s.addAll(subjectsOfType(RDFS.Class.asNode()));
        return new ArrayList<>(s);
    }

    private List<Node> propertyNodes() {
        Set<Node> s = new LinkedHashSet<>();
        for (Node t : PROPERTY_TYPES) s.addAll(subjectsOfType(t));
        return new ArrayList<>(s);
    }

    private List<Node> ours(List<Node> nodes) {
        return sorted(nodes.stream().filter(n -> n.isURI() && n.getURI().startsWith(AIGO.NS)).distinct().toList());
    }

    private List<Node> sorted(List<Node> nodes) {
        List<Node> l = new ArrayList<>(nodes);
        l.sort(Comparator.comparing((Node n) -> labels.of(n).toLowerCase() + "\u0000" + n));
        return l;
    }

    private List<Node> subjectsOfType(Node type) {
        List<Node> l = new ArrayList<>();
        onto.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> { if (t.getSubject().isURI()) l.add(t.getSubject()); });
        return l;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> l = new ArrayList<>();
        onto.find(s, p, Node.ANY).forEachRemaining(t -> { if (!t.getObject().equals(s)) l.add(t.getObject()); });
        return l;
    }

    /** Named superclasses (or superproperties) with the ones implied through another removed: entailments are materialised. */
    private List<Node> directSupers(Node c, Node rel) {
        List<Node> all = objects(c, rel).stream().filter(Node::isURI).filter(n -> !n.equals(OWL.Thing.asNode())).toList();
        return all.stream().filter(s -> all.stream().noneMatch(o -> !o.equals(s) && !o.equals(c)
                && onto.contains(o, rel, s) && !onto.contains(s, rel, o))).toList();
    }

    private List<Node> directSubs(Node c, Node rel) {
        List<Node> l = new ArrayList<>();
        onto.find(Node.ANY, rel, c).forEachRemaining(t -> {
            Node sub = t.getSubject();
            if (sub.isURI() && !sub.equals(c) && directSupers(sub, rel).contains(c)) l.add(sub);
        });
        return sorted(l);
    }

    private static Node first(List<Node> l) { return l.isEmpty() ? null : l.get(0); }
}
