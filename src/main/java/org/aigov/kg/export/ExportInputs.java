package org.aigov.kg.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aigov.kg.BadInputException;
import org.aigov.kg.build.BuildOptions;
import org.aigov.kg.build.KnowledgeGraphBuilder;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;

/** The graph an export is drawn from: statements built by the loader, or RDF files (a dump) read as they are. */
public final class ExportInputs {
    private static final Set<String> RDF = Set.of(".trig", ".nq", ".ttl", ".nt", ".jsonld", ".rdf", ".owl");

    private ExportInputs() {}

    /** Statement files or directories go through the loader; if every input is an RDF file, they are read directly. */
    public static Dataset load(List<Path> inputs, BuildOptions options) {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new BadInputException(p, "no such file or directory");
        }
        if (!inputs.isEmpty() && inputs.stream().allMatch(ExportInputs::isRdfFile)) return readRdf(inputs);
        if (inputs.stream().anyMatch(ExportInputs::isRdfFile)) {
            throw new BadInputException(inputs.stream().filter(ExportInputs::isRdfFile).findFirst().orElseThrow(),
                    "give either statements (Markdown files, directories) or RDF files, not both");
        }
        return new KnowledgeGraphBuilder(options).build(inputs).dataset();
    }

    static boolean isRdfFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && RDF.stream().anyMatch(name::endsWith);
    }

    private static Dataset readRdf(List<Path> files) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            for (Path f : files) {
                try {
                    RDFParser.source(f).parse(ds.asDatasetGraph());
                } catch (RiotException e) {
                    throw new BadInputException(f, "not readable as RDF: " + e.getMessage());
                }
            }
        });
        return ds;
    }
}
