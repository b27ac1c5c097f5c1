package org.aigov.kg.check;

import java.nio.file.Files;
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
 * Reads RDF files of any syntax Jena knows by extension (.ttl, .trig, .nt, .nq, .rdf, .jsonld ...),
 * turning every syntax error into a {@link BadInputException} that names the file and line.
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

    /** Streams the file into {@code sink}; throws BadInputException naming file and line on any error. */
    public static void parse(Path file, StreamRDF sink) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, Files.isDirectory(file) ? "is a directory, not an RDF file" : "no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new BadInputException(file, "unknown RDF syntax: name the file .ttl, .trig, .nt, .nq, .rdf, .owl or .jsonld");
        }
        try {
            RDFParser.source(file).lang(lang).errorHandler(new LineReporting(file)).parse(sink);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            // Some parsers (JSON-LD, RDF/XML) fail without calling the handler; keep their message.
            throw new BadInputException(file, "not valid " + lang.getLabel() + ": " + e.getMessage());
        }
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
