package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;

/** GEXF 1.3 (Gephi): label and type, statement counts, weights, relation as edge kind, colours by type. */
final class GexfWriter implements NetworkWriter {
    @Override public String format() { return "gexf"; }
    @Override public String extension() { return ".gexf"; }

    @Override
    public void write(Network network, Outputs outputs) throws IOException {
        try (Writer w = outputs.open("")) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n");
            w.write("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
            w.write("    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
            // No date in <meta>: the same graph must give the same bytes.
            w.write("  <meta>\n    <creator>aigov-kg</creator>\n    <description>AI-governance diplomacy network</description>\n  </meta>\n");
            w.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
            w.write("    <attributes class=\"node\">\n");
            w.write("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
            w.write("      <attribute id=\"statements\" title=\"statements\" type=\"integer\"/>\n");
            w.write("    </attributes>\n");
            w.write("    <attributes class=\"edge\">\n");
            w.write("      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n");
            w.write("    </attributes>\n");
            w.write("    <nodes>\n");
            for (Node n : network.nodes()) {
                w.write("      <node id=\"" + Text.xml(n.id()) + "\" label=\"" + Text.xml(n.label()) + "\">\n");
                w.write("        <attvalues>\n");
                w.write("          <attvalue for=\"type\" value=\"" + Text.xml(n.type()) + "\"/>\n");
                w.write("          <attvalue for=\"statements\" value=\"" + n.statementCount() + "\"/>\n");
                w.write("        </attvalues>\n");
                String hex = NetworkStyle.look(n.type()).color();
                w.write("        <viz:color r=\"" + Integer.parseInt(hex.substring(1, 3), 16) + "\" g=\"" + Integer.parseInt(hex.substring(3, 5), 16)
                        + "\" b=\"" + Integer.parseInt(hex.substring(5, 7), 16) + "\"/>\n");
                w.write("      </node>\n");
            }
            w.write("    </nodes>\n");
            w.write("    <edges>\n");
            int i = 0;
            for (Edge e : network.edges()) {
                // kind = relation lets Gephi keep parallel edges of different relations apart.
                w.write("      <edge id=\"" + i++ + "\" source=\"" + Text.xml(e.source()) + "\" target=\"" + Text.xml(e.target())
                        + "\" kind=\"" + Text.xml(e.relation()) + "\" label=\"" + Text.xml(e.label()) + "\" weight=\"" + Text.number(e.weight()) + "\">\n");
                w.write("        <attvalues>\n");
                w.write("          <attvalue for=\"relation\" value=\"" + Text.xml(e.relation()) + "\"/>\n");
                w.write("        </attvalues>\n");
                w.write("      </edge>\n");
            }
            w.write("    </edges>\n");
            w.write("  </graph>\n");
            w.write("</gexf>\n");
        }
    }
}
