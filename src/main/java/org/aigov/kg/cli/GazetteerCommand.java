package org.aigov.kg.cli;

import picocli.CommandLine.Command;

/** {@code aigov gazetteer}: maintainers' generators of the gazetteer's world lists (hidden from the usage). */
@Command(name = "gazetteer", hidden = true, mixinStandardHelpOptions = true,
        description = "Regenerate gazetteer files that are written by code from maintained sources.",
        subcommands = GazetteerCountriesCommand.class)
public final class GazetteerCommand {
}
