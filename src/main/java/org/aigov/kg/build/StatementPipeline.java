package org.aigov.kg.build;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.aigov.kg.BadInputException;
import org.aigov.kg.check.CompactNames;
import org.aigov.kg.check.RdfsMaterializer;
import org.aigov.kg.check.Report;
import org.aigov.kg.check.ReportFormatter;
import org.aigov.kg.check.ShaclValidator;
import org.aigov.kg.check.StatementFocusGraph;
import org.aigov.kg.emit.StatementEmitter;
import org.aigov.kg.interpret.Interpretation;
import org.aigov.kg.interpret.Interpreter;
import org.aigov.kg.read.Document;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Recogniser;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One statement from read document to checked graph: recognise, interpret, emit, materialise
 * RDFS entailments, validate. Holds only read-only parts, so statements can run on several threads.
 */
final class StatementPipeline {
    /** A statement's finished graph and what the build summary counts from it. */
    record Built(Document doc, Graph graph, int clauses, int speakingSentences, Collection<Entity> entities, List<QualityReport.Warning> warnings) {}

    private final Recogniser recogniser;
    private final Interpreter interpreter;
    private final StatementEmitter emitter;
    private final RdfsMaterializer rdfs;
    private final ShaclValidator shapes;
    private final Graph reference;
    private final Iris iris;

    StatementPipeline(Recogniser recogniser, Interpreter interpreter, StatementEmitter emitter,
                      RdfsMaterializer rdfs, ShaclValidator shapes, Graph reference, Iris iris) {
        this.recogniser = recogniser;
        this.interpreter = interpreter;
        this.emitter = emitter;
        this.rdfs = rdfs;
        this.shapes = shapes;
        this.reference = reference;
        this.iris = iris;
    }

    Built run(Document doc) {
        Recognition rec = recogniser.recognise(doc);
        Interpretation in = interpreter.interpret(doc, rec);
        Graph g = GraphFactory.createDefaultGraph();
        emitter.emit(doc, rec, in, new QuadsToGraph(g));
        rdfs.materialize(g);
        Report report = validate(shapes, new StatementFocusGraph(g, reference), doc.file(), "the graph read from this statement");
        List<QualityReport.Warning> warnings = QualityReport.attach(doc, g, report.warnings(), iris.statement(doc.slug()));
        int speaking = (int) in.clauses().stream().mapToInt(c -> c.sentence()).distinct().count();
        return new Built(doc, g, in.clauses().size(), speaking, rec.entities().values(), warnings);
    }

    /** Fails as bad input in {@code file} when {@code data} breaks an integrity constraint; returns the report (warnings) otherwise. */
    static Report validate(ShaclValidator shapes, Graph data, Path file, String what) {
        Report report = shapes.validate(data);
        if (report.conforms()) return report;
        String text = new ReportFormatter(CompactNames.standard()).format(new Report(report.errors()));
        throw new BadInputException(file, what + " violates ontology/shapes.ttl ("
                + report.errors().size() + " violations):\n" + text);
    }
}
