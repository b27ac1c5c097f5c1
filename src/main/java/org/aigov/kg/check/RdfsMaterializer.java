package org.aigov.kg.check;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Adds the RDFS entailments of a data graph under the ontology: types through rdfs:subClassOf,
 * triples through rdfs:subPropertyOf, types from rdfs:domain and rdfs:range, and the
 * owl:inverseOf triples (so aigo:partyTo follows from aigo:party). The ontology's closures are
 * computed once; each data triple then costs a few hash lookups, so it scales to large corpora.
 *
 * <pre>
 * RdfsMaterializer rdfs = new RdfsMaterializer(OntologyFiles.load(Path.of("ontology")));
 * int added = rdfs.materialize(statementGraph);
 * </pre>
 */
public final class RdfsMaterializer {
    private static final Node TYPE = RDF.type.asNode();

    private final Map<Node, Set<Node>> superClasses;     // strict, transitive
    private final Map<Node, Set<Node>> superProperties;  // strict, transitive
    private final Map<Node, Set<Node>> domainTypes;      // property → every type its subjects get
    private final Map<Node, Set<Node>> rangeTypes;       // property → every type its IRI/blank objects get
    private final Map<Node, Set<Node>> inverses;         // property → inverses of it and its superproperties

    public RdfsMaterializer(Graph ontology) {
        superClasses = closure(edges(ontology, RDFS.subClassOf.asNode(), OWL.equivalentClass.asNode()));
        superProperties = closure(edges(ontology, RDFS.subPropertyOf.asNode(), OWL.equivalentProperty.asNode()));
        Map<Node, Set<Node>> domains = direct(ontology, RDFS.domain.asNode());
        Map<Node, Set<Node>> ranges = direct(ontology, RDFS.range.asNode());
        Map<Node, Set<Node>> inverse = symmetric(ontology, OWL.inverseOf.asNode());
        domainTypes = inherit(domains, true);
        rangeTypes = inherit(ranges, true);
        inverses = inherit(inverse, false);
    }

    /** Adds the entailments to {@code data}; returns how many triples were new. */
    public int materialize(Graph data) {
        Graph added = entailments(data);
        added.find().forEachRemaining(data::add);
        return added.size();
    }

    /** The entailed triples that {@code data} does not already hold, in a new graph. */
    public Graph entailments(Graph data) {
        // A hash set is much cheaper than graph lookups for the many repeated candidates (every
        // clause yields the same few types); the data graph is consulted once per distinct triple.
        Set<Triple> derived = new HashSet<>();
        Deque<Triple> work = new ArrayDeque<>();
        Consumer<Triple> keep = t -> {
            // Derived types are already closed under subClassOf; only new property triples need another pass.
            if (derived.add(t) && !t.getPredicate().equals(TYPE)) work.add(t);
        };
        data.find().forEachRemaining(t -> consequences(t, keep));
        // Inverse and subproperty triples can have consequences of their own: run to a fixpoint.
        while (!work.isEmpty()) consequences(work.poll(), keep);
        Graph added = GraphFactory.createDefaultGraph();
        for (Triple t : derived) if (!data.contains(t)) added.add(t);
        return added;
    }

    /** The direct consequences of one triple under the ontology (streaming use: one statement at a time). */
    public void consequences(Triple t, Consumer<Triple> sink) {
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        if (p.equals(TYPE)) {
            for (Node c : superClasses.getOrDefault(o, Set.of())) sink.accept(Triple.create(s, TYPE, c));
            return;
        }
        for (Node q : superProperties.getOrDefault(p, Set.of())) sink.accept(Triple.create(s, q, o));
        for (Node c : domainTypes.getOrDefault(p, Set.of())) sink.accept(Triple.create(s, TYPE, c));
        if (o.isLiteral()) return;
        for (Node c : rangeTypes.getOrDefault(p, Set.of())) sink.accept(Triple.create(o, TYPE, c));
        for (Node q : inverses.getOrDefault(p, Set.of())) sink.accept(Triple.create(o, q, s));
    }

    /** The strict superclasses the ontology gives a class (for tests and reports). */
    public Set<Node> superClassesOf(Node cls) {
        return Collections.unmodifiableSet(superClasses.getOrDefault(cls, Set.of()));
    }

    // Named terms only: unions and restrictions are blank nodes that RDFS cannot use.
    private static boolean named(Node n) {
        return n.isURI() && !n.equals(OWL.Thing.asNode()) && !n.equals(RDFS.Resource.asNode());
    }

    private static Map<Node, Set<Node>> edges(Graph g, Node sub, Node equivalent) {
        Map<Node, Set<Node>> up = direct(g, sub);
        g.find(Node.ANY, equivalent, Node.ANY).forEachRemaining(t -> {
            if (named(t.getSubject()) && named(t.getObject())) {
                up.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
                up.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
            }
        });
        return up;
    }

    private static Map<Node, Set<Node>> direct(Graph g, Node predicate) {
        Map<Node, Set<Node>> map = new HashMap<>();
        g.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && named(t.getObject())) {
                map.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        return map;
    }

    private static Map<Node, Set<Node>> symmetric(Graph g, Node predicate) {
        Map<Node, Set<Node>> map = direct(g, predicate);
        g.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                map.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
            }
        });
        return map;
    }

    /** Transitive closure of a small relation by depth-first search from every node; cycles allowed. */
    private static Map<Node, Set<Node>> closure(Map<Node, Set<Node>> up) {
        Map<Node, Set<Node>> closed = new HashMap<>();
        for (Node start : up.keySet()) {
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> pending = new ArrayDeque<>(up.get(start));
            while (!pending.isEmpty()) {
                Node n = pending.pop();
                if (reached.add(n)) pending.addAll(up.getOrDefault(n, Set.of()));
            }
            reached.remove(start);
            closed.put(start, reached);
        }
        return closed;
    }

    /**
     * For each property, the values stated on it or on any of its superproperties; with
     * {@code classes}, each value's superclasses too (domain C and C ⊑ D give type D).
     */
    private Map<Node, Set<Node>> inherit(Map<Node, Set<Node>> stated, boolean classes) {
        Set<Node> properties = new LinkedHashSet<>(stated.keySet());
        properties.addAll(superProperties.keySet());
        Map<Node, Set<Node>> result = new HashMap<>();
        for (Node p : properties) {
            Set<Node> values = new LinkedHashSet<>(stated.getOrDefault(p, Set.of()));
            for (Node q : superProperties.getOrDefault(p, Set.of())) values.addAll(stated.getOrDefault(q, Set.of()));
            if (classes) {
                for (Node c : Set.copyOf(values)) values.addAll(superClasses.getOrDefault(c, Set.of()));
            }
            if (!values.isEmpty()) result.put(p, values);
        }
        return result;
    }
}
