package org.aigov.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.source.GraphSource;
import org.aigov.kg.push.GraphPusher;
import org.aigov.kg.push.PushFailure;
import org.aigov.kg.push.PushedGraph;
import org.aigov.kg.push.RemoteStore;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigov publish}: pushes each named graph to a remote SPARQL 1.1 Graph Store with PUT and checks the counts. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Push every named graph to a SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT ?graph=IRI, "
                + "atomic per graph, idempotent), then check the remote triple count of each graph.")
public final class PublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "Graph Store Protocol endpoint, e.g. http://host:3030/aigov (a Fuseki dataset URL)")
    String to;

    @Option(names = "--sparql", paramLabel = "URL", description = "SPARQL query endpoint for the count check (default: the --to URL)")
    String sparql;

    @CommandLine.Mixin GraphSourceOptions source = new GraphSourceOptions();

    @CommandLine.Mixin GraphPaths inputs = new GraphPaths();

    @Option(names = "--from", paramLabel = "FILE", defaultValue = "target/kg/aigov.trig",
            description = "TriG dump to publish, as written by 'aigov build' (default: ${DEFAULT-VALUE}); ignored when PATHs are given")
    Path from;

    @Option(names = "--user", paramLabel = "NAME", description = "HTTP Basic user name")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file whose first line is the password (kept off the command line)")
    Path passwordFile;

    @Option(names = "--connect-timeout", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "connect timeout, e.g. 10s, 500ms (default: ${DEFAULT-VALUE})")
    Duration connectTimeout;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "read timeout per request (default: ${DEFAULT-VALUE})")
    Duration readTimeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteStore store = RemoteStore.at(to).withQueryUrl(sparql == null ? to : sparql)
                .withTimeouts(connectTimeout, readTimeout);
        if (user != null) store = store.withCredentials(user, readPassword());
        if (!!inputs.isEmpty() && !Files.isRegularFile(from)) throw new BadInputException(from, "no such file (run 'aigov build' first, or pass --from)");
        DatasetGraph data = GraphSource.of(!inputs.isEmpty() ? inputs.given() : List.of(from), source.options(err::println)).build().dataset().asDatasetGraph();
        if (!data.listGraphNodes().hasNext()) {
            throw new BadInputException(!inputs.isEmpty() ? inputs.given().toString() : from.toString(), "holds no named graph to publish");
        }
        try {
            List<PushedGraph> done = new GraphPusher(store).push(data, line -> out.println(line));
            long triples = done.stream().mapToLong(PushedGraph::remoteTriples).sum();
            out.printf("published %d graphs (%d triples) to %s; remote counts verified%n", done.size(), triples, to);
            return ExitCodes.OK;
        } catch (PushFailure f) {
            err.println("error: " + f.getMessage());
            err.println(f.pushed().isEmpty() ? "no graph was pushed"
                    : "graphs already pushed (" + f.pushed().size() + "): " + String.join(" ", f.pushed()));
            return f.isUserFixable() ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
        }
    }

    private String readPassword() throws IOException {
        if (passwordFile == null) throw new BadInputException("--user", "needs --password-file");
        if (!Files.isReadable(passwordFile)) throw new BadInputException(passwordFile, "password file cannot be read");
        String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    /** Parses "10s", "500ms", "2m" or ISO-8601 "PT10S" into a Duration. */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (v.startsWith("pt")) return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
                if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                if (v.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                if (v.endsWith("m")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (use e.g. 10s or 500ms)");
            }
        }
    }
}
