package org.aigov.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aigov bench}: the benchmark suite (see docs/BENCHMARKS.md); every figure beside its reference. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks beside their references: synthetic corpus, build, TDB2, serving, load.",
        subcommands = {
                BenchGenerateCommand.class,
                BenchRunCommand.class,
                BenchSoakCommand.class,
                BenchFormatsCommand.class,
        })
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
