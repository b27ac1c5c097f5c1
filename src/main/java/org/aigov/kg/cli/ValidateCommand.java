package org.aigov.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aigov.kg.BadInputException;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.source.RdfFiles;
import org.aigov.kg.check.RdfsMaterializer;
import org.aigov.kg.check.Report;
import org.aigov.kg.check.ReportFormatter;
import org.aigov.kg.check.ShaclValidator;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aigov validate FILE...}: checks RDF files against the SHACL shapes and prints each violation. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Check RDF files (any syntax by extension: .ttl, .trig, .nt, .nq, .rdf, .jsonld) against the SHACL shapes.",
                "The files are checked together, as one graph (so a statement and the gazetteer it uses can be checked at once).",
                "Exit 0 when valid, 2 when there are violations or a file cannot be read."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to check.")
    List<Path> files;

    @Option(names = "--shapes", paramLabel = "PATH", description = "SHACL shapes file (default: ${DEFAULT-VALUE}).")
    Path shapes = ShaclValidator.DEFAULT_SHAPES;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology directory: its files join the data and its RDFS entailments are added before checking (default: the ontology bundled in the jar).")
    Path ontology;

    @Option(names = "--no-rdfs", description = "Check the files as they are, without adding RDFS entailments.")
    boolean noRdfs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Graph data = GraphFactory.createDefaultGraph();
        for (Path file : files) RdfFiles.readInto(file, data);
        int asserted = data.size();
        ShaclValidator validator = ShaclValidator.fromFile(shapes);

        Path ontologyDir = ontologyDir();
        int entailed = 0;
        if (ontologyDir != null) {
            Graph ontologyGraph = OntologyFiles.load(ontologyDir);
            // The schemes' concepts join the data: a clause's sa:reaffirm is then a labelled SpeechAct, as in a build.
            ontologyGraph.find().forEachRemaining(data::add);
            entailed = new RdfsMaterializer(ontologyGraph).materialize(data);
        }

        Report report = validator.validate(data);
        var out = spec.commandLine().getOut();
        out.print(new ReportFormatter().format(report));
        String checked = files.size() + (files.size() == 1 ? " file, " : " files, ") + asserted + " triples"
                + (ontologyDir == null ? "" : " (with the ontology of " + ontologyDir + " and " + entailed + " RDFS entailments)");
        if (report.conforms()) {
            out.println("valid: " + checked + (report.warnings().isEmpty() ? "" : " (" + report.warnings().size() + " warnings)"));
            out.flush();
            return ExitCodes.OK;
        }
        int errors = report.errors().size();
        out.println(errors + (errors == 1 ? " violation in " : " violations in ") + checked
                + (report.warnings().isEmpty() ? "" : " (and " + report.warnings().size() + " warnings)"));
        out.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** --ontology if given (must exist), else the bundled ontology, none with --no-rdfs. */
    private Path ontologyDir() {
        if (noRdfs) return null;
        if (ontology != null) {
            if (!Files.isDirectory(ontology)) throw new BadInputException(ontology, "no such ontology directory");
            return ontology;
        }
        return Files.isDirectory(OntologyFiles.DEFAULT_DIR) ? OntologyFiles.DEFAULT_DIR : null;
    }
}
