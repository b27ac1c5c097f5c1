package org.aigov.kg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.aigov.kg.BadInputException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/**
 * RDF files (a TriG or N-Quads dump, or Turtle) as a {@link QuadSource}, so {@code aigov serve}
 * can serve a dump without the loader. Triples outside a named graph keep the default graph.
 */
public final class RdfDumpSource implements QuadSource {
    private final List<Path> files;

    public RdfDumpSource(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** True when the file name has an RDF extension Jena can read (.trig, .nq, .ttl, .nt, .jsonld, .rdf ...). */
    public static boolean isRdf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md")) return false;
        Lang lang = RDFLanguages.filenameToLang(name);
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang));
    }

    @Override
    public void emit(StreamRDF out) {
        for (Path f : files) {
            try {
                // The wrapper keeps each file's start()/finish() from reaching the caller's stream.
                RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(new StreamRDFWrapper(out) {
                    @Override public void start() {}
                    @Override public void finish() {}
                });
            } catch (RiotParseException e) {
                throw new BadInputException(f, e.getLine(), e.getOriginalMessage());
            } catch (RiotException e) {
                throw new BadInputException(f, e.getMessage());
            }
        }
    }

}
