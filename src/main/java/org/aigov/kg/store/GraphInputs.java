package org.aigov.kg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The inputs of one serve run: RDF dumps served as they are, and statements (Markdown files or
 * directories) that go through the loader; with the fingerprint deciding whether a TDB2
 * database is up to date.
 *
 * @param rdfFiles       files Jena reads directly (.trig, .nq, .ttl, ...)
 * @param statementPaths Markdown files or directories for the loader
 * @param modelFiles     what else the loader reads: ontology and gazetteer directories
 * @param settings       settings that change the output (the base IRI)
 */
public record GraphInputs(List<Path> rdfFiles, List<Path> statementPaths, List<Path> modelFiles, String settings) {

    /** Turns statement paths into quads: the loader ({@code KnowledgeGraphBuilder.emit}). */
    @FunctionalInterface
    public interface StatementLoader {
        void emit(List<Path> statementPaths, StreamRDF out);
    }

    /** Sorts paths into RDF dumps and statements; a path that does not exist is bad input. */
    public static GraphInputs of(List<Path> paths, List<Path> modelFiles, String settings) {
        List<Path> rdf = new ArrayList<>();
        List<Path> statements = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new BadInputException(p, "no such file or directory");
            if (Files.isRegularFile(p) && RdfDumpSource.isRdf(p)) rdf.add(p);
            else statements.add(p);
        }
        return new GraphInputs(List.copyOf(rdf), List.copyOf(statements), List.copyOf(modelFiles), settings);
    }

    /** SHA-256 over every input file, plus the ontology and gazetteer when statements are loaded. */
    public String fingerprint() {
        List<Path> all = new ArrayList<>(rdfFiles);
        all.addAll(statementPaths);
        if (!statementPaths.isEmpty()) all.addAll(modelFiles);
        return InputFingerprint.of(all, settings);
    }

    /** All inputs as one stream of quads: dumps first, then the loader's output. */
    public QuadSource source(StatementLoader loader) {
        if (rdfFiles.isEmpty() && !statementPaths.isEmpty()) return QuadSource.distinct(out -> loader.emit(statementPaths, out)); // one built dataset: no repeats
        return out -> {
            if (!rdfFiles.isEmpty()) new RdfDumpSource(rdfFiles).emit(out);
            if (!statementPaths.isEmpty()) loader.emit(statementPaths, out);
        };
    }

    public int size() { return rdfFiles.size() + statementPaths.size(); }
}
