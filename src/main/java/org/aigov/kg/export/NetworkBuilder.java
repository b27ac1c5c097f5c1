package org.aigov.kg.export;

import org.aigov.kg.source.UnionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.aigov.kg.BadInputException;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds a {@link Network} from a dataset by SPARQL: the default network (entities.rq + default.rq)
 * or any CONSTRUCT / SELECT ?source ?relation ?target query.
 *
 * <pre>Network n = new NetworkBuilder(dataset).defaultNetwork();</pre>
 */
public final class NetworkBuilder {
    /** The node types of the default network, in the order legends list them. */
    public static final List<String> ENTITY_TYPES = List.of(
            "Country", "Person", "Forum", "Organization", "Framework", "Initiative", "Agreement", "Event", "Target");

    private final Dataset source;
    private final DatasetGraph view;
    private final String lang;
    private final long timeoutSeconds;

    public NetworkBuilder(Dataset dataset) {
        this(dataset, null, "en", 120);
    }

    private NetworkBuilder(Dataset source, DatasetGraph view, String lang, long timeoutSeconds) {
        this.source = source;
        this.view = view != null ? view : read(() -> UnionView.dataset(source).asDatasetGraph());
        this.lang = lang;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Labels in this language where the data has them (falling back to English). */
    public NetworkBuilder language(String language) {
        return new NetworkBuilder(source, view, language, timeoutSeconds);
    }

    /** Every query stops after this many seconds (the server keeps it short). */
    public NetworkBuilder timeout(long seconds) {
        return new NetworkBuilder(source, view, lang, seconds);
    }

    /**
     * Only what one statement's named graph says, read together with the ontology and gazetteer
     * graphs and every graph's types and labels. Unknown statement → {@link BadInputException}.
     */
    public NetworkBuilder restrictTo(String statementIri) {
        List<String> graphs = new ArrayList<>();
        Query q = QueryFactory.create(ExportQueries.bundled("statement-graph"));
        read(() -> select(q, Map.of("statement", ResourceFactory.createResource(statementIri)),
                row -> graphs.add(row.getResource("graph").getURI())));
        if (graphs.isEmpty()) throw new BadInputException("statement", "no statement <" + statementIri + "> in the graph");
        DatasetGraph base = source.asDatasetGraph();
        MultiUnion union = new MultiUnion();
        Graph own = base.getGraph(NodeFactory.createURI(graphs.get(0)));
        union.addGraph(own);
        for (String shared : List.of(AIGO.ONTOLOGY_GRAPH, AIGO.GAZETTEER_GRAPH)) {
            union.addGraph(base.getGraph(NodeFactory.createURI(shared)));
        }
        // Entities discovered in another statement are typed and labelled there.
        union.addGraph(new TypesAndLabelsGraph(base.getUnionGraph()));
        DatasetGraph restricted = UnionView.linked(union, base, List.of(NodeFactory.createURI(graphs.get(0))).iterator());
        return new NetworkBuilder(source, restricted, lang, timeoutSeconds);
    }

    /** Entities as nodes; typed relations and clause edges between them (see default.rq). */
    public Network defaultNetwork() {
        return read(() -> {
            Map<String, Node> entities = entities(labels());
            List<Edge> edges = new ArrayList<>();
            select(QueryFactory.create(ExportQueries.bundled("default")), Map.of(), row -> {
                Edge e = edgeOf(row);
                if (e != null && entities.containsKey(e.source()) && entities.containsKey(e.target())) edges.add(e);
            });
            return Network.of(entities.values(), edges);
        });
    }

    /** The network a CONSTRUCT, or a SELECT with ?source ?relation ?target, describes. */
    public Network fromQuery(ExportQueries.ExportQuery exportQuery) {
        Query query = exportQuery.query();
        return read(() -> {
            Labels labels = labels();
            Map<String, Node> entities = entities(labels);
            Map<String, String> givenLabels = new HashMap<>();
            Map<String, String> givenTypes = new HashMap<>();
            List<Edge> edges = new ArrayList<>();
            if (query.isConstructType()) {
                Model m = construct(query);
                m.listStatements().forEachRemaining(st -> {
                    String s = idOf(st.getSubject());
                    RDFNode o = st.getObject();
                    if (st.getPredicate().equals(RDF.type) && o.isURIResource()) {
                        givenTypes.putIfAbsent(s, NodeKinds.localName(o.asResource().getURI()));
                    } else if (o.isLiteral()) {
                        if (st.getPredicate().equals(RDFS.label) || st.getPredicate().equals(SKOS.prefLabel)) {
                            givenLabels.merge(s, o.asLiteral().getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    } else {
                        String p = st.getPredicate().getURI();
                        String rel = NodeKinds.localName(p);
                        edges.add(new Edge(s, idOf(o), rel, rel, 1));
                    }
                });
            } else {
                select(query, Map.of(), row -> {
                    Edge e = edgeOf(row);
                    if (e == null) return;
                    edges.add(e);
                    putLiteral(givenLabels, e.source(), row.get("sourceLabel"));
                    putLiteral(givenLabels, e.target(), row.get("targetLabel"));
                    putLiteral(givenTypes, e.source(), row.get("sourceType"));
                    putLiteral(givenTypes, e.target(), row.get("targetType"));
                });
            }
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (Edge e : edges) {
                for (String id : List.of(e.source(), e.target())) {
                    nodes.computeIfAbsent(id, k -> nodeFor(k, entities, labels, givenLabels, givenTypes));
                }
            }
            // A CONSTRUCT may describe a node with no edge (label or type only): keep it.
            for (String id : givenTypes.keySet()) nodes.computeIfAbsent(id, k -> nodeFor(k, entities, labels, givenLabels, givenTypes));
            return Network.of(nodes.values(), edges);
        });
    }

    private Node nodeFor(String id, Map<String, Node> entities, Labels labels,
                         Map<String, String> givenLabels, Map<String, String> givenTypes) {
        Node known = entities.get(id);
        String label = givenLabels.get(id);
        if (label == null) label = known != null ? known.label() : labels.pick(id, lang);
        if (label == null) label = NodeKinds.localName(id);
        String type = givenTypes.get(id);
        if (type == null) type = known != null ? known.type() : NodeKinds.fromIri(id);
        return new Node(id, label, type, known != null ? known.statementCount() : 0);
    }

    private static void putLiteral(Map<String, String> into, String id, RDFNode value) {
        if (value == null) return;
        String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : NodeKinds.localName(value.asResource().getURI());
        into.putIfAbsent(id, text);
    }

    /** One edge from a ?source ?relation ?target [?label ?weight] row; null when an end is unbound. */
    private static Edge edgeOf(QuerySolution row) {
        RDFNode s = row.get("source"), r = row.get("relation"), t = row.get("target");
        if (s == null || r == null || t == null) return null;
        String relation = r.isLiteral() ? r.asLiteral().getLexicalForm() : NodeKinds.localName(idOf(r));
        RDFNode l = row.get("label");
        String label = l == null ? relation : l.isLiteral() ? l.asLiteral().getLexicalForm() : NodeKinds.localName(idOf(l));
        return new Edge(idOf(s), idOf(t), relation, label, weightOf(row.get("weight")));
    }

    private static double weightOf(RDFNode w) {
        if (w == null) return 1;
        if (!w.isLiteral()) throw new BadInputException("--query", "?weight must be a number, got " + w);
        Literal lit = w.asLiteral();
        try {
            return Double.parseDouble(lit.getLexicalForm());
        } catch (NumberFormatException e) {
            throw new BadInputException("--query", "?weight must be a number, got \"" + lit.getLexicalForm() + "\"");
        }
    }

    /** IRIs as themselves, blank nodes as _:label, literals by their lexical form. */
    static String idOf(RDFNode n) {
        if (n.isURIResource()) return n.asResource().getURI();
        if (n.isAnon()) return "_:" + n.asResource().getId().getLabelString();
        return n.asLiteral().getLexicalForm();
    }

    private Labels labels() {
        Labels labels = new Labels();
        select(QueryFactory.create(ExportQueries.bundled("labels")), Map.of(), row -> {
            Literal l = row.getLiteral("label");
            labels.add(row.getResource("node").getURI(), l.getLanguage(), l.getLexicalForm());
        });
        return labels;
    }

    private Map<String, Node> entities(Labels labels) {
        Map<String, Node> entities = new LinkedHashMap<>();
        select(QueryFactory.create(ExportQueries.bundled("entities")), Map.of(), row -> {
            String id = row.getResource("node").getURI();
            entities.put(id, new Node(id, labels.pick(id, lang), row.getLiteral("type").getLexicalForm(),
                    row.getLiteral("statements").getInt()));
        });
        return entities;
    }

    /** Every label of one resource by language tag; for the graph view's side panel. */
    public Map<String, String> labelsOf(String iri) {
        return read(() -> {
            Labels labels = new Labels();
            Query q = QueryFactory.create(ExportQueries.bundled("labels-of"));
            select(q, Map.of("node", ResourceFactory.createResource(iri)), row -> {
                Literal l = row.getLiteral("label");
                labels.add(iri, l.getLanguage(), l.getLexicalForm());
            });
            return labels.all(iri);
        });
    }

    /** Runs a SELECT with some variables pre-bound, row by row, inside the builder's time limit. */
    public void select(Query query, Map<String, RDFNode> bindings, Consumer<QuerySolution> each) {
        Dataset ds = DatasetFactory.wrap(view);
        var builder = QueryExecution.create().query(query).dataset(ds).timeout(timeoutSeconds, TimeUnit.SECONDS);
        bindings.forEach(builder::substitution);
        try (QueryExecution exec = builder.build()) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        } catch (QueryCancelledException e) {
            throw new BadInputException("query", "took longer than " + timeoutSeconds + " s and was stopped");
        }
    }

    private Model construct(Query query) {
        try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(view))
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            return exec.execConstruct();
        } catch (QueryCancelledException e) {
            throw new BadInputException("query", "took longer than " + timeoutSeconds + " s and was stopped");
        }
    }

    /** Reads inside a transaction when the dataset has them (the loader's in-memory dataset does). */
    public <T> T read(java.util.function.Supplier<T> work) {
        if (source.supportsTransactions() && !source.isInTransaction()) return Txn.calculateRead(source, work);
        return work.get();
    }

    private void read(Runnable work) {
        read(() -> { work.run(); return null; });
    }
}
