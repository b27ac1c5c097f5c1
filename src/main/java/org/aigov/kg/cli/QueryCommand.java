package org.aigov.kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.source.GraphSource;
import org.aigov.kg.query.NamedQueries;
import org.aigov.kg.query.NamedQuery;
import org.aigov.kg.query.QueryParam;
import org.aigov.kg.query.QueryParameters;
import org.aigov.kg.query.QueryResult;
import org.aigov.kg.query.QueryRunner;
import org.aigov.kg.query.ResultFormat;
import org.aigov.kg.query.ResultFormats;
import org.aigov.kg.query.StandardPrefixes;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aigov query}: runs a named query (or a .rq file) on the statements' graph or on a SPARQL endpoint. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
                "Run one of the analysts' named queries (queries/*.rq, see --list) or any .rq file, on the graph "
                        + "built from the statements in PATH (default data/statements; RDF dumps such as aigov.trig work too) "
                        + "or, with --endpoint, on any SPARQL endpoint.",
                "A parameter value may be an IRI (<…> or https://…), a prefixed name (id:country/japan), "
                        + "or a label, acronym or slug (japan, OECD) that the query resolves."},
        footer = {"", "Examples:",
                "  aigov query --list",
                "  aigov query forums",
                "  aigov query actor-commitments --param country=japan --format csv",
                "  aigov query search --param text=Hiroshima",
                "  aigov query my-question.rq --endpoint http://127.0.0.1:3030/aigov/sparql"})
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "A query name from --list, or a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the query; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json for rows; turtle, jsonld or ntriples for graphs (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of a local graph.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "How long to wait for an endpoint (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--list", description = "List the named queries with their titles and parameters.")
    boolean list;

    @Option(names = "--queries", paramLabel = "DIR", description = "Read named queries from DIR (default: those bundled in the jar).")
    Path queriesDir;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Statements (Markdown, text, HTML, PDF; files or directories) or RDF files to query (default: data/statements).")
    List<Path> paths = new ArrayList<>();

    @Mixin GraphSourceOptions source = new GraphSourceOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NamedQueries library = queriesDir == null ? NamedQueries.standard() : NamedQueries.fromDirectory(queriesDir);
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            out.print(listing(library));
            out.flush();
            return ExitCodes.OK;
        }
        if (query == null) {
            throw new BadInputException("query", "name a query or a .rq file ('aigov query --list' shows the named ones)");
        }
        NamedQuery named = library.resolve(query);
        Query parsed = named.parse();
        ResultFormat resultFormat = ResultFormat.parse(format);
        checkFormat(parsed, resultFormat);
        Map<String, Node> bindings = QueryParameters.bind(named, parsed, params);

        QueryResult result;
        try (QueryRunner runner = runner()) {
            result = runner.run(parsed, bindings);
        }
        // the whole answer is formatted before anything is printed: no half-written output on error
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ResultFormats.write(result, resultFormat, StandardPrefixes.with(parsed.getPrefixMapping()), buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }

    private QueryRunner runner() {
        if (endpoint != null) {
            if (!paths.isEmpty()) {
                throw new BadInputException("--endpoint", "give either an endpoint or PATHs to build a graph from, not both");
            }
            checkEndpoint(endpoint);
            return QueryRunner.remote(endpoint, timeoutSeconds);
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Dataset dataset = source.graph(paths, err::println).build().dataset();
        err.printf("built the graph of %s in %.1f s%n", GraphSourceOptions.orDefault(paths), (System.nanoTime() - start) / 1e9);
        err.flush();
        return QueryRunner.local(dataset);
    }

    private static void checkEndpoint(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new BadInputException(url, "an endpoint is an http:// or https:// URL, e.g. http://127.0.0.1:3030/aigov/sparql");
            }
        } catch (URISyntaxException e) {
            throw new BadInputException(url, "not a URL: " + e.getReason());
        }
    }

    /** Refuse a format the answer cannot take before any graph is built. */
    private static void checkFormat(Query query, ResultFormat format) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        boolean rowsOnly = format == ResultFormat.CSV || format == ResultFormat.TSV;
        boolean graphOnly = format == ResultFormat.TURTLE || format == ResultFormat.JSONLD || format == ResultFormat.NTRIPLES;
        if (graph && rowsOnly) {
            throw new BadInputException("--format", "this query gives a graph: use --format turtle, jsonld or ntriples");
        }
        if (!graph && graphOnly) {
            throw new BadInputException("--format", "this query gives rows: use --format table, csv, tsv or json");
        }
    }

    /** Name, title and parameters of every query, aligned. */
    static String listing(NamedQueries library) {
        List<NamedQuery> all = library.all();
        int width = all.stream().mapToInt(q -> q.name().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (NamedQuery q : all) {
            b.append(String.format("%-" + width + "s  %s", q.name(), q.title()));
            for (QueryParam p : q.params()) {
                b.append("  [").append(p.name()).append(p.optional() ? "?" : "").append(']');
            }
            b.append('\n');
        }
        b.append('\n').append(all.size()).append(" queries in ").append(library.origin())
                .append(". [name] = parameter (--param name=…), [name?] = optional.\n");
        return b.toString();
    }
}
