package org.aigov.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.export.ExportFiles;
import org.aigov.kg.export.ExportQueries;
import org.aigov.kg.export.Network;
import org.aigov.kg.export.NetworkBuilder;
import org.aigov.kg.export.NetworkFormats;
import org.aigov.kg.export.NetworkWriter;
import org.aigov.kg.source.GraphSource;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aigov export}: the relationship network as GraphML, GEXF, DOT, Cytoscape.js JSON or CSV (see docs/EXPORTS.md). */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
                "Export the relationship network for Gephi, Graphviz, Cytoscape, yEd, NetworkX, R…",
                "Nodes are countries, persons, forums, organisations, frameworks, initiatives, agreements, events and targets;",
                "edges are their relations and 'clause' edges from actors to what their clauses mention (see docs/EXPORTS.md).",
                "Example: aigov export --format gexf --out target/aigov.gexf data/statements"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, dot, cytoscape or csv.")
    String format;

    @Option(names = "--query", paramLabel = "NAME|FILE.rq",
            description = "Another network: a bundled query (default, forums, frameworks, agreements), queries/NAME.rq, or a file "
                    + "with a CONSTRUCT or a SELECT ?source ?relation ?target [?label ?weight ?sourceLabel ?targetLabel].")
    String query;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output). For csv: a directory (DIR/nodes.csv, DIR/edges.csv) "
                    + "or a prefix (PREFIX-nodes.csv, PREFIX-edges.csv).")
    String out;

    @Option(names = "--lang", paramLabel = "LANG", description = "Label language where the data has it: en (default), ja, hi.")
    String lang = "en";

    @Mixin GraphSourceOptions source = new GraphSourceOptions();

    @Mixin GraphPaths inputs = new GraphPaths();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NetworkWriter writer = NetworkFormats.byName(format).orElseThrow(() -> new BadInputException("--format",
                "unknown format '" + format + "': use one of " + String.join(", ", NetworkFormats.names())));
        if (out == null && writer.parts().size() > 1) {
            throw new BadInputException("--out", format + " writes two files (nodes and edges): give --out DIR/ or --out PREFIX");
        }
        if (!lang.matches("[a-z]{2,3}")) throw new BadInputException("--lang", "'" + lang + "' is not a language code such as en, ja or hi");
        ExportQueries.ExportQuery exportQuery = query == null ? null : ExportQueries.resolve(query);
        Dataset ds = source.graph(inputs.given(), spec.commandLine().getErr()::println).build().dataset();
        NetworkBuilder builder = new NetworkBuilder(ds).language(lang);
        Network network = exportQuery == null ? builder.defaultNetwork() : builder.fromQuery(exportQuery);
        if (out == null) {
            ExportFiles.writeTo(writer, network, System.out);
        } else {
            boolean dir = out.endsWith("/") || out.endsWith(java.io.File.separator);
            for (Path written : ExportFiles.write(writer, network, Path.of(out), dir)) {
                spec.commandLine().getErr().println("wrote " + written + " (" + network.nodes().size() + " nodes, "
                        + network.edges().size() + " edges)");
            }
        }
        return ExitCodes.OK;
    }
}
