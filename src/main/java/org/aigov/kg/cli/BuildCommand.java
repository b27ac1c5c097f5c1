package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.BuildResult;
import org.aigov.kg.build.OutputDirectory;
import org.aigov.kg.publish.BuildOutputs;
import org.aigov.kg.source.GraphSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aigov build}: statements in, knowledge graph files out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Read statements and write their knowledge graph: aigov.trig (one named graph per statement,",
                "plus ontology and gazetteer), aigov.ttl, aigov.nt, aigov.nt.gz, aigov.jsonld, void.ttl and ontology.html.",
                "Output goes to a temporary directory and replaces DIR only when complete."},
        footer = {"", "Example:", "  aigov build data/statements --out target/kg"})
public final class BuildCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/kg", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin GraphSourceOptions source = new GraphSourceOptions();

    @Mixin GraphPaths inputs = new GraphPaths();

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = "--strict", description = "Fail (exit 2, output untouched) when the build has completeness warnings, e.g. a statement with no parties.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = source.options(quiet ? msg -> { } : msg -> spec.commandLine().getErr().println(msg));
        if (!quiet) spec.commandLine().getErr().println("building the knowledge graph of " + inputs.orDefault() + " …");
        BuildResult kg = GraphSource.of(inputs.orDefault(), options).build();
        if (strict && kg.summary().warnings() > 0) {
            spec.commandLine().getErr().println("error: --strict: " + kg.summary().warnings()
                    + " completeness warnings (printed above); " + out + " left untouched");
            return ExitCodes.BAD_INPUT;
        }
        OutputDirectory.replace(out, dir -> BuildOutputs.write(kg.dataset(), options.iris().base(), dir));
        if (!quiet) {
            spec.commandLine().getOut().println(kg.summary().describe());
            spec.commandLine().getOut().println("wrote " + out);
        }
        return ExitCodes.OK;
    }
}
