package org.aigov.kg.emit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes quads of one named graph into a StreamRDF with terse helpers for IRIs and literals. */
final class QuadWriter {
    private final StreamRDF out;
    private final Node graph;
    private long count;

    QuadWriter(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    long count() { return count; }

    void add(String s, Property p, Node o) {
        out.quad(Quad.create(graph, NodeFactory.createURI(s), p.asNode(), o));
        count++;
    }

    void iri(String s, Property p, String o) { add(s, p, NodeFactory.createURI(o)); }

    void type(String s, Resource type) { add(s, org.apache.jena.vocabulary.RDF.type, type.asNode()); }

    void en(String s, Property p, String text) { add(s, p, NodeFactory.createLiteralLang(text, "en")); }

    void plain(String s, Property p, String text) { add(s, p, NodeFactory.createLiteralString(text)); }

    void integer(String s, Property p, long n) { add(s, p, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)); }

    void nonNegative(String s, Property p, long n) { add(s, p, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger)); }

    void typed(String s, Property p, String lexical, XSDDatatype dt) { add(s, p, NodeFactory.createLiteralDT(lexical, dt)); }
}
