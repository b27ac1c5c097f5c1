package org.aigov.kg.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import java.nio.file.Path;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one reader of RDF files: any syntax Jena knows by extension (.ttl, .trig, .nt, .nq, .rdf, .jsonld ...,
 * gzipped too), every syntax error a {@link BadInputException} that names the file and line, and one rule
 * for a file's default-graph triples when it joins a dataset: they go into a graph named after the file.
 *
 * <pre>Graph g = RdfFiles.read(Path.of("out/kg.trig"));   // default graph and named graphs, merged</pre>
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** All triples of the file, quads of every named graph included, in one new graph. */
    public static Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        readInto(file, graph);
        return graph;
    }

    /** Adds the file's triples (and the triples of its named graphs) to {@code target}. */
    public static void readInto(Path file, Graph target) {
        StreamRDF toGraph = StreamRDFLib.graph(target);
        // Quads lose their graph name: validation looks at the union of all graphs.
        StreamRDF merged = new StreamRDFWrapper(toGraph) {
            @Override public void quad(Quad quad) { toGraph.triple(quad.asTriple()); }
        };
        parse(file, merged);
    }

    /** True when the name is that of an RDF file Jena reads (.trig, .nq, .ttl, .nt, .jsonld, .rdf, .owl, each also .gz). */
    public static boolean isRdf(Path file) {
        Lang lang = langOf(file);
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang));
    }

    /** The graph a file's default-graph triples go into when it joins a dataset: its own, named by its file IRI. */
    public static Node graphName(Path file) {
        return NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
    }

    /**
     * Streams the file's quads into {@code sink} (no start or finish): named graphs as they are, the default
     * graph's triples into {@link #graphName the file's graph}, so the union of named graphs holds them all.
     */
    public static void emitQuads(Path file, StreamRDF sink) {
        Node graph = graphName(file);
        parse(file, new StreamRDFWrapper(sink) {
            @Override public void start() { }
            @Override public void finish() { }
            @Override public void triple(Triple triple) { sink.quad(Quad.create(graph, triple)); }
            @Override public void quad(Quad quad) {
                sink.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
            }
        });
    }

    private static Lang langOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        if (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) return null;
        return RDFLanguages.filenameToLang(name);
    }

    /** Streams the file into {@code sink}; throws BadInputException naming file and line on any error. */
    public static void parse(Path file, StreamRDF sink) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, Files.isDirectory(file) ? "is a directory, not an RDF file" : "no such file");
        }
        Lang lang = langOf(file);
        if (lang == null) {
            throw new BadInputException(file, "unknown RDF syntax: name the file .ttl, .trig, .nt, .nq, .rdf, .owl or .jsonld (or the same with .gz)");
        }
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString()).errorHandler(new LineReporting(file)).parse(sink);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            // Some parsers (JSON-LD, RDF/XML) fail without calling the handler; keep their message.
            throw new BadInputException(file, "not valid " + lang.getLabel() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage());
        }
    }

    /** The file's bytes, gunzipped when its name ends in .gz; works for files inside the jar too. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Turns parser errors into BadInputException at "file:line"; warnings are not errors. */
    private record LineReporting(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { }

        @Override public void error(String message, long line, long col) { fail(message, line, col); }

        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

        private void fail(String message, long line, long col) {
            String where = col > 0 ? " (column " + col + ")" : "";
            throw new BadInputException(file, line, "not valid RDF: " + message + where);
        }
    }
}
