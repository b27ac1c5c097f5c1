package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;

/** Graphviz DOT: quoted ids and labels, nodes filled and shaped by type, edges coloured by relation. */
final class DotWriter implements NetworkWriter {
    @Override public String format() { return "dot"; }
    @Override public String extension() { return ".dot"; }

    @Override
    public void write(Network network, Outputs outputs) throws IOException {
        try (Writer w = outputs.open("")) {
            w.write("digraph \"aigov\" {\n");
            w.write("  graph [overlap=\"false\", splines=\"true\", rankdir=\"LR\", fontname=\"Helvetica\"];\n");
            w.write("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\"];\n");
            w.write("  edge [fontname=\"Helvetica\", fontsize=\"8\"];\n");
            for (Node n : network.nodes()) {
                NetworkStyle.Look look = NetworkStyle.look(n.type());
                w.write("  " + Text.dot(n.id()) + " [label=" + Text.dot(n.label()) + ", type=" + Text.dot(n.type())
                        + ", statements=\"" + n.statementCount() + "\", shape=" + Text.dot(look.dotShape())
                        + ", fillcolor=" + Text.dot(look.color()) + ", fontcolor=" + Text.dot(NetworkStyle.textOn(look.color())) + "];\n");
            }
            for (Edge e : network.edges()) {
                String label = e.weight() == 1 ? e.label() : e.label() + " ×" + Text.number(e.weight());
                // dot wants an integer weight; the exact one stays in "value".
                long layoutWeight = Math.max(1, Math.round(e.weight()));
                w.write("  " + Text.dot(e.source()) + " -> " + Text.dot(e.target()) + " [label=" + Text.dot(label)
                        + ", relation=" + Text.dot(e.relation()) + ", value=\"" + Text.number(e.weight()) + "\", weight=\"" + layoutWeight
                        + "\", color=" + Text.dot(NetworkStyle.relationColor(e.relation())) + "];\n");
            }
            w.write("}\n");
        }
    }
}
