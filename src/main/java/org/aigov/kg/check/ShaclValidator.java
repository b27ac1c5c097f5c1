package org.aigov.kg.check;

import org.aigov.kg.source.RdfFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Checks a graph against the SHACL shapes of ontology/shapes.ttl (or another shapes file).
 * Run the {@link RdfsMaterializer} first so that class-targeted shapes reach subclass instances.
 *
 * <pre>Report r = ShaclValidator.fromFile(Path.of("ontology/shapes.ttl")).validate(graph);</pre>
 */
public final class ShaclValidator {
    public static final Path DEFAULT_SHAPES = OntologyFiles.DEFAULT_DIR.resolve(OntologyFiles.SHAPES_FILE);

    private final Shapes shapes;

    private ShaclValidator(Shapes shapes) { this.shapes = shapes; }

    /** The project's shapes, ontology/shapes.ttl relative to the working directory. */
    public static ShaclValidator standard() { return fromFile(DEFAULT_SHAPES); }

    /** Shapes from a file; an unparseable file or ill-formed shapes are bad input naming the file. */
    public static ShaclValidator fromFile(Path shapesFile) {
        Graph graph = RdfFiles.read(shapesFile);
        try {
            return new ShaclValidator(Shapes.parse(graph));
        } catch (ShaclParseException e) {
            throw new BadInputException(shapesFile, "not valid SHACL: " + e.getMessage());
        }
    }

    public int shapeCount() { return shapes.numRootShapes(); }

    public Report validate(Graph data) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(e.severity().level().getLocalName(), e.focusNode(), e.resultPath(),
                    e.message(), e.value(), e.source()));
        }
        CompactNames names = CompactNames.standard();
        violations.sort(Comparator.comparing((Violation v) -> names.node(v.focus()))
                .thenComparing(v -> names.path(v.path()))
                .thenComparing(v -> names.node(v.value())));
        return new Report(violations);
    }
}
