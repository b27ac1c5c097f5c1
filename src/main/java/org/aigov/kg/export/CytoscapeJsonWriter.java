package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;

/** Cytoscape.js elements JSON ({"elements":{"nodes":[…],"edges":[…]}}), also what the /graph view loads. */
public final class CytoscapeJsonWriter implements NetworkWriter {
    @Override public String format() { return "cytoscape"; }
    @Override public String extension() { return ".json"; }

    @Override
    public void write(Network network, Outputs outputs) throws IOException {
        try (Writer w = outputs.open("")) {
            w.write("{\n  \"elements\": {\n    \"nodes\": [");
            String sep = "\n";
            for (Node n : network.nodes()) {
                w.write(sep + "      {\"data\": {\"id\": " + Text.json(n.id()) + ", \"label\": " + Text.json(n.label())
                        + ", \"type\": " + Text.json(n.type()) + ", \"statements\": " + n.statementCount() + "}}");
                sep = ",\n";
            }
            w.write(network.nodes().isEmpty() ? "],\n" : "\n    ],\n");
            w.write("    \"edges\": [");
            sep = "\n";
            int i = 0;
            for (Edge e : network.edges()) {
                w.write(sep + "      {\"data\": {\"id\": \"e" + i++ + "\", \"source\": " + Text.json(e.source()) + ", \"target\": " + Text.json(e.target())
                        + ", \"relation\": " + Text.json(e.relation()) + ", \"label\": " + Text.json(e.label())
                        + ", \"weight\": " + Text.number(e.weight()) + "}}");
                sep = ",\n";
            }
            w.write(network.edges().isEmpty() ? "]\n" : "\n    ]\n");
            w.write("  }\n}\n");
        }
    }
}
