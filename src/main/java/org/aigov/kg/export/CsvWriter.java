package org.aigov.kg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Gephi's spreadsheet import: a nodes table (Id,Label,Type,Statements) and an edges table (Source,Target,Type,Label,Weight,Relation). */
final class CsvWriter implements NetworkWriter {
    @Override public String format() { return "csv"; }
    @Override public String extension() { return ".csv"; }
    @Override public List<String> parts() { return List.of("nodes", "edges"); }

    @Override
    public void write(Network network, Outputs outputs) throws IOException {
        try (Writer w = outputs.open("nodes")) {
            w.write("Id,Label,Type,Statements\n");
            for (Node n : network.nodes()) {
                w.write(Text.csv(n.id()) + "," + Text.csv(n.label()) + "," + Text.csv(n.type()) + "," + n.statementCount() + "\n");
            }
        }
        try (Writer w = outputs.open("edges")) {
            // Gephi reads the edge kind from "Type" (Directed/Undirected); our relation goes in its own column.
            w.write("Source,Target,Type,Label,Weight,Relation\n");
            for (Edge e : network.edges()) {
                w.write(Text.csv(e.source()) + "," + Text.csv(e.target()) + ",Directed," + Text.csv(e.label()) + ","
                        + Text.number(e.weight()) + "," + Text.csv(e.relation()) + "\n");
            }
        }
    }
}
