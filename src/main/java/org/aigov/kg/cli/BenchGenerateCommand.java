package org.aigov.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.bench.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigov bench generate}: writes a deterministic synthetic corpus of N statements. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic statements (Markdown) recombined from real sentence patterns; same seed, same bytes.")
public final class BenchGenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, description = "number of statements, e.g. 100, 1000, 10000")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "seed number (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "directory to write synthetic-NNNNN.md files into")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 1) throw new BadInputException("--count", "must be at least 1, got " + count);
        long t0 = System.nanoTime();
        long bytes = new CorpusGenerator(seed).write(count, out);
        spec.commandLine().getOut().printf("wrote %d statements (%.1f MB) with seed %d to %s in %.1f s%n",
                count, bytes / 1e6, seed, out, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
