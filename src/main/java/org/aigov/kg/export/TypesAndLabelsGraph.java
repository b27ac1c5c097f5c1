package org.aigov.kg.export;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Only the rdf:type, rdfs:label and skos:prefLabel triples of another graph: lets a one-statement
 * view know what an entity discovered in another statement is called, without its other facts.
 */
final class TypesAndLabelsGraph extends GraphBase {
    private static final List<Node> KEPT = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode());
    private final Graph base;

    TypesAndLabelsGraph(Graph base) {
        this.base = base;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        if (p.isConcrete()) {
            return KEPT.contains(p) ? base.find(pattern.getSubject(), p, pattern.getObject()) : NullIterator.instance();
        }
        ExtendedIterator<Triple> all = NullIterator.instance();
        for (Node kept : KEPT) all = all.andThen(base.find(pattern.getSubject(), kept, pattern.getObject()));
        return all;
    }
}
