package org.aigov.kg.build;

import java.nio.file.Path;
import java.util.Collection;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One statement from read document to checked graph: recognise, interpret, emit, materialise
 * RDFS entailments, validate. Holds only read-only parts, so statements can run on several threads.
 */
final class StatementPipeline {
    /** A statement's finished graph and what the build summary counts from it. */
    record Built(Document doc, Graph graph, int clauses, Collection<Entity> entities) {}

    private final Recogniser recogniser;
    private final Interpreter interpreter;
    private final StatementEmitter emitter;
    private final RdfsMaterializer rdfs;
    private final ShaclValidator shapes;
    private final Graph reference;

    StatementPipeline(Recogniser recogniser, Interpreter interpreter, StatementEmitter emitter,
                      RdfsMaterializer rdfs, ShaclValidator shapes, Graph reference) {
        this.recogniser = recogniser;
        this.interpreter = interpreter;
        this.emitter = emitter;
        this.rdfs = rdfs;
        this.shapes = shapes;
        this.reference = reference;
    }

    Built run(Document doc) {
        Recognition rec = recogniser.recognise(doc);
        Interpretation in = interpreter.interpret(doc, rec);
        Graph g = GraphFactory.createDefaultGraph();
        emitter.emit(doc, rec, in, new QuadsToGraph(g));
        rdfs.materialize(g);
        validate(shapes, new StatementFocusGraph(g, reference), doc.file(), "the graph read from this statement");
        return new Built(doc, g, in.clauses().size(), rec.entities().values());
    }

    /** Fails as bad input in {@code file} when {@code data} violates the shapes, with the readable report. */
    static void validate(ShaclValidator shapes, Graph data, Path file, String what) {
        Report report = shapes.validate(data);
        if (report.conforms()) return;
        String text = new ReportFormatter(CompactNames.standard()).format(report);
        throw new BadInputException(file, what + " violates ontology/shapes.ttl ("
                + report.size() + " violations):\n" + text);
    }
}
