package org.aigov.kg.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aigov.kg.BadInputException;
import org.aigov.kg.check.CompactNames;
import org.aigov.kg.check.OntologyFiles;
import org.aigov.kg.check.RdfsMaterializer;
import org.aigov.kg.check.Report;
import org.aigov.kg.check.ReportFormatter;
import org.aigov.kg.check.ShaclValidator;
import org.aigov.kg.emit.StatementEmitter;
import org.aigov.kg.interpret.Interpretation;
import org.aigov.kg.interpret.Interpreter;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.StatementReader;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Gazetteer;
import org.aigov.kg.recognise.Recogniser;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.Union;

/**
 * The loader: reads statements, recognises entities, interprets what they say, emits one named graph each,
 * materialises RDFS entailments and validates with SHACL. A violation fails the build as bad input.
 *
 * <pre>BuildResult kg = new KnowledgeGraphBuilder(BuildOptions.defaults()).build(List.of(Path.of("data/statements")));</pre>
 */
public final class KnowledgeGraphBuilder {
    private final BuildOptions options;

    public KnowledgeGraphBuilder(BuildOptions options) { this.options = options; }

    public BuildResult build(List<Path> inputs) {
        long start = System.nanoTime();
        List<Path> files = StatementFiles.expand(inputs);
        List<Document> docs = readAll(files); // bad statements fail before any heavy lifting
        Graph ontology = OntologyFiles.load(options.ontologyDir());
        Gazetteer gazetteer = Gazetteer.load(options.gazetteerDir(), options.iris());
        ShaclValidator shapes = ShaclValidator.fromFile(options.shapesFile());
        RdfsMaterializer rdfs = new RdfsMaterializer(ontology);
        Recogniser recogniser = new Recogniser(gazetteer, options.iris());
        Interpreter interpreter = new Interpreter(ontology, options.iris());
        StatementEmitter emitter = new StatementEmitter(options.iris());

        // Graphs are linked, not copied: each statement graph is complete before it is added.
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Graph gazetteerGraph = GraphFactory.createDefaultGraph();
        gazetteer.graph().find().forEachRemaining(gazetteerGraph::add);
        rdfs.materialize(gazetteerGraph);
        Graph reference = new Union(gazetteerGraph, ontology); // what statement graphs link to, visible to the shapes
        int sentences = 0, clauses = 0;
        long chars = 0;
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Entity> allEntities = new LinkedHashMap<>();

        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            dsg.prefixes().putAll(CompactNames.standard(options.iris().base()).prefixMapping());
            dsg.addGraph(NodeFactory.createURI(AIGO.ONTOLOGY_GRAPH), ontology);
            dsg.addGraph(NodeFactory.createURI(AIGO.GAZETTEER_GRAPH), gazetteerGraph);
            int done = 0;
            for (Document doc : docs) {
                Path file = doc.file();
                Recognition rec = recogniser.recognise(doc);
                Interpretation in = interpreter.interpret(doc, rec);
                Graph g = GraphFactory.createDefaultGraph();
                emitter.emit(doc, rec, in, new QuadsToGraph(g));
                rdfs.materialize(g);
                validate(shapes, new Union(g, reference), file);
                dsg.addGraph(NodeFactory.createURI(Iris.graph(doc.slug())), g);
                sentences += doc.sentences().size();
                clauses += in.clauses().size();
                chars += doc.text().length();
                rec.entities().values().forEach(e -> allEntities.putIfAbsent(e.iri(), e));
                if (++done % 100 == 0 || done == files.size() && files.size() >= 100) {
                    options.progress().accept(String.format("  %d/%d statements", done, files.size()));
                }
            }
            dsg.commit();
        } catch (RuntimeException e) {
            dsg.abort(); // nothing half-built is kept
            throw e;
        } finally {
            dsg.end();
        }
        allEntities.values().forEach(e -> byType.merge(e.kind().type().getLocalName(), 1, Integer::sum));
        long triples = countQuads(dsg);
        double seconds = (System.nanoTime() - start) / 1e9;
        BuildSummary summary = new BuildSummary(files.size(), sentences, clauses, byType, triples, seconds, chars);
        return new BuildResult(DatasetFactory.wrap(dsg), summary);
    }

    private List<Document> readAll(List<Path> files) {
        Map<String, Path> slugs = new HashMap<>();
        List<Document> docs = new java.util.ArrayList<>();
        for (Path file : files) {
            Document doc = StatementReader.read(file);
            doc.warnings().forEach(w -> options.progress().accept("warning: " + w));
            Path earlier = slugs.putIfAbsent(doc.slug(), file);
            if (earlier != null) {
                throw new BadInputException(file, "same statement id '" + doc.slug() + "' as " + earlier
                        + ": give one of them a distinct file name or front-matter 'id'");
            }
            docs.add(doc);
        }
        return docs;
    }

    /** The same quads as {@link #build}, streamed (for TDB2 loading or files). */
    public BuildSummary emit(List<Path> inputs, StreamRDF quads) {
        BuildResult r = build(inputs);
        Dataset ds = r.dataset();
        ds.begin(org.apache.jena.query.TxnType.READ);
        try {
            quads.start();
            ds.asDatasetGraph().find().forEachRemaining(quads::quad);
            quads.finish();
        } finally {
            ds.end();
        }
        return r.summary();
    }

    private static void validate(ShaclValidator shapes, Graph data, Path file) {
        Report report = shapes.validate(data);
        if (report.conforms()) return;
        String text = new ReportFormatter(CompactNames.standard()).format(report);
        throw new BadInputException(file, "the graph read from this statement violates ontology/shapes.ttl ("
                + report.size() + " violations):\n" + text);
    }

    private static long countQuads(DatasetGraph dsg) {
        dsg.begin(org.apache.jena.query.TxnType.READ);
        try {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        } finally {
            dsg.end();
        }
    }
}
