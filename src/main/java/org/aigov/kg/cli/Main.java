package org.aigov.kg.cli;

import org.aigov.kg.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aigov} command: registers every subcommand and maps failures to exit codes.
 *
 * <pre>java -jar target/aigov-kg.jar build data/statements --out target/kg</pre>
 */
@Command(name = "aigov",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Knowledge graph of AI-governance diplomacy: build, check, serve, query and export it.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                BuildCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                PublishCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                GazetteerCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; tests call this instead of main. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(Main::exitCodeOf);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BadInputException bad) {
                cmd.getErr().println("error: " + bad.userMessage());
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println("internal error: " + ex);
            if (System.getenv("AIGOV_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(set AIGOV_DEBUG=1 for the stack trace)");
            return ExitCodes.INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("error: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    private static int exitCodeOf(Throwable t) {
        return t instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
