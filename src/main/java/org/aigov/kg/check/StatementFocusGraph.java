package org.aigov.kg.check;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * A statement graph read together with the reference graphs (ontology, gazetteer) it links to,
 * for SHACL: every lookup sees both, except "which nodes have type C?", which sees the statement
 * alone. Class-targeted shapes thus check the statement's own nodes, not the reference graphs
 * again for every statement — those are checked once, on their own.
 */
public final class StatementFocusGraph extends GraphBase {
    private final Graph statement;
    private final Graph both;

    public StatementFocusGraph(Graph statement, Graph reference) {
        this.statement = statement;
        this.both = new Union(statement, reference);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple t) {
        boolean instancesOfAType = !t.getSubject().isConcrete() && RDF.type.asNode().equals(t.getPredicate());
        return instancesOfAType ? statement.find(t) : both.find(t);
    }

    @Override
    public boolean dependsOn(Graph other) {
        return other == this || both.dependsOn(other);
    }
}
