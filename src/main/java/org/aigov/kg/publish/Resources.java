package org.aigov.kg.publish;

import org.aigov.kg.source.UnionView;
import org.aigov.kg.vocab.Prefixes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Read access to the served resources: existence, descriptions, mentioning sentences, label search. Thread-safe. */
public final class Resources {
    /** Kinds of docs/MODEL.md; kinds found in the data are added. */
    public static final List<String> MODEL_KINDS = List.of(
            "statement", "country", "forum", "organization", "person", "framework", "initiative", "event", "region");

    private final Dataset dataset;
    private final String base;
    private volatile Set<String> kinds;

    public Resources(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public Dataset dataset() { return dataset; }
    public String base() { return base; }

    /** Whether the IRI occurs as subject or object anywhere in the union graph. */
    public boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph g = UnionView.graph(dataset);
            return g.contains(n, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, n);
        });
    }

    /** The description of describe.rq, with our prefixes. */
    public Model describe(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Model m;
            try (QueryExecution qe = QueryExecution.create().query(Queries.get("describe"))
                    .model(UnionView.model(dataset))
                    .substitution("this", ResourceFactory.createResource(iri)).build()) {
                m = qe.execConstruct();
            }
            m.setNsPrefixes(Prefixes.forBase(base));
            return m;
        });
    }

    /** The sentences that mention the resource, in statement and text order. */
    public List<SentenceHit> mentions(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, SentenceHit> bySentence = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.create().query(Queries.get("mentions"))
                    .model(UnionView.model(dataset))
                    .substitution("this", ResourceFactory.createResource(iri)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String sentence = row.getResource("sentence").getURI();
                    String text = row.getLiteral("text").getLexicalForm();
                    String statement = row.contains("statement") ? row.getResource("statement").getURI() : null;
                    SentenceHit hit = bySentence.computeIfAbsent(sentence,
                            k -> new SentenceHit(k, statement, text, new ArrayList<>()));
                    if (row.contains("mb") && row.contains("me")) {
                        long sb = row.getLiteral("sb").getLong();
                        int from = (int) (row.getLiteral("mb").getLong() - sb);
                        int to = (int) (row.getLiteral("me").getLong() - sb);
                        // offsets outside the sentence would mean a loader bug; show the sentence without that mark
                        if (from >= 0 && to <= text.length() && from < to) hit.spans().add(new int[] {from, to});
                    }
                }
            }
            return new ArrayList<>(bySentence.values());
        });
    }

    /** Up to {@code max} minted resources whose label contains one of the words, best match first. */
    public List<Map.Entry<String, String>> suggest(List<String> words, String lang, int max) {
        List<String> needles = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> w.length() >= 3).toList();
        if (needles.isEmpty()) return List.of();
        return Txn.calculateRead(dataset, () -> {
            Graph g = UnionView.graph(dataset);
            Map<String, Integer> score = new LinkedHashMap<>();
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
                var it = g.find(Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(base) || !t.getObject().isLiteral()) continue;
                    String label = t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT);
                    int s = (int) needles.stream().filter(label::contains).count();
                    if (s > 0) score.merge(t.getSubject().getURI(), s, Math::max);
                }
                it.close();
            }
            Labels labels = new Labels(g, lang);
            return score.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(max)
                    .map(e -> Map.entry(e.getKey(), labels.of(NodeFactory.createURI(e.getKey()))))
                    .toList();
        });
    }

    /** The kinds (first path segment under the base) that may be dereferenced. */
    public Set<String> kinds() {
        Set<String> k = kinds;
        if (k == null) {
            k = new TreeSet<>(MODEL_KINDS);
            Set<String> found = k;
            Txn.executeRead(dataset, () -> {
                var it = UnionView.graph(dataset).find(Node.ANY, RDF.type.asNode(), Node.ANY);
                while (it.hasNext()) {
                    Node s = it.next().getSubject();
                    if (!s.isURI() || !s.getURI().startsWith(base)) continue;
                    String rest = s.getURI().substring(base.length());
                    int slash = rest.indexOf('/');
                    if (slash > 0) found.add(rest.substring(0, slash));
                }
                it.close();
            });
            kinds = k;
        }
        return k;
    }

    /** Runs work against the union graph inside a read transaction. */
    public <T> T read(java.util.function.Function<Graph, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(UnionView.graph(dataset)));
    }

    /** An empty model with our prefixes. */
    public Model emptyModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.forBase(base));
        return m;
    }
}
