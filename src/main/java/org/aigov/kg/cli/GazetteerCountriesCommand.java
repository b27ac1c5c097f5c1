package org.aigov.kg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aigov.kg.gazetteer.CountryGazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigov gazetteer countries --out FILE}: writes the countries file from CLDR and un-members.tsv. */
@Command(name = "countries", mixinStandardHelpOptions = true,
        description = "Write every UN member and observer state as Turtle (CLDR names en/ja/hi plus un-members.tsv).")
public final class GazetteerCountriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, description = "the Turtle file to write, e.g. data/gazetteer/countries.ttl")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.writeString(out, CountryGazetteer.turtle(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().printf("wrote %d countries to %s%n", CountryGazetteer.members().size(), out);
        return ExitCodes.OK;
    }
}
