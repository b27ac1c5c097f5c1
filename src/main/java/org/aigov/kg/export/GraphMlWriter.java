package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GraphML 1.0 (yEd, Gephi, NetworkX, igraph): keys for iri, label, type, statements, relation and weight.
 * The schema wants NMTOKEN ids, which IRIs are not, so nodes are n0, n1… in id order and carry their IRI.
 */
final class GraphMlWriter implements NetworkWriter {
    @Override public String format() { return "graphml"; }
    @Override public String extension() { return ".graphml"; }

    @Override
    public void write(Network network, Outputs outputs) throws IOException {
        try (Writer w = outputs.open("")) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n");
            w.write("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
            w.write("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
            w.write("  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n");
            w.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
            w.write("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
            w.write("  <key id=\"statements\" for=\"node\" attr.name=\"statements\" attr.type=\"int\"/>\n");
            w.write("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n");
            w.write("  <key id=\"edgelabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n");
            w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
            w.write("  <graph id=\"aigov\" edgedefault=\"directed\">\n");
            Map<String, String> ids = new HashMap<>();
            for (Node n : network.nodes()) {
                String id = "n" + ids.size();
                ids.put(n.id(), id);
                w.write("    <node id=\"" + id + "\">\n");
                data(w, "iri", n.id());
                data(w, "label", n.label());
                data(w, "type", n.type());
                data(w, "statements", Integer.toString(n.statementCount()));
                w.write("    </node>\n");
            }
            int i = 0;
            for (Edge e : network.edges()) {
                w.write("    <edge id=\"e" + i++ + "\" source=\"" + ids.get(e.source()) + "\" target=\"" + ids.get(e.target()) + "\">\n");
                data(w, "relation", e.relation());
                data(w, "edgelabel", e.label());
                data(w, "weight", Text.number(e.weight()));
                w.write("    </edge>\n");
            }
            w.write("  </graph>\n");
            w.write("</graphml>\n");
        }
    }

    private static void data(Writer w, String key, String value) throws IOException {
        w.write("      <data key=\"" + key + "\">" + Text.xml(value) + "</data>\n");
    }
}
