package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The PATH arguments of a command that reads a graph: statements and RDF files in any mix. */
public final class GraphPaths {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Statements (Markdown, text, HTML, PDF; files or directories) and RDF files or dumps "
                    + "(.ttl .nt .nq .trig .jsonld .rdf, also .gz), in any mix (default: data/statements).")
    List<Path> paths = new ArrayList<>();

    /** The paths as given (possibly none). */
    public List<Path> given() { return List.copyOf(paths); }

    /** The paths given, or data/statements. */
    public List<Path> orDefault() { return GraphSourceOptions.orDefault(paths); }

    public boolean isEmpty() { return paths.isEmpty(); }
}
