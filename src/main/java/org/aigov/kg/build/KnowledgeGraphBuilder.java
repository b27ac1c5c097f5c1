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
import org.aigov.kg.check.ShaclValidator;
import org.aigov.kg.emit.StatementEmitter;
import org.aigov.kg.interpret.Interpreter;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.StatementFormat;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Gazetteer;
import org.aigov.kg.recognise.Recogniser;
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
        List<Path> files = StatementFiles.expand(inputs, options.progress());
        // The reference files do not depend on the statements or on one another: loaded on the spare cores meanwhile.
        boolean parallel = options.threads() > 1;
        Prefetch<Graph> ontologyFiles = Prefetch.start(() -> OntologyFiles.load(options.ontologyDir()), parallel);
        Prefetch<Gazetteer> gazetteerFiles = Prefetch.start(() -> Gazetteer.load(options.gazetteerDir(), options.iris()), parallel);
        Prefetch<ShaclValidator> shapesFile = Prefetch.start(() -> ShaclValidator.fromFile(options.shapesFile()), parallel);
        List<Document> docs = readAll(files); // bad statements are reported before any other error
        Graph ontology = ontologyFiles.get();
        Gazetteer gazetteer = gazetteerFiles.get();
        ShaclValidator shapes = shapesFile.get();
        RdfsMaterializer rdfs = new RdfsMaterializer(ontology);
        Graph gazetteerGraph = GraphFactory.createDefaultGraph();
        gazetteer.graph().find().forEachRemaining(gazetteerGraph::add);
        rdfs.materialize(gazetteerGraph);
        Graph reference = new Union(gazetteerGraph, ontology); // what statement graphs link to, visible to the shapes
        StatementPipeline.validate(shapes, reference, options.gazetteerDir(), "the gazetteer graph"); // once; statements are then checked for their own nodes
        StatementPipeline pipeline = new StatementPipeline(new Recogniser(gazetteer, options.iris()),
                new Interpreter(ontology, options.iris()), new StatementEmitter(options.iris()), rdfs, shapes, reference, options.iris());

        // Graphs are linked, not copied: each statement graph is complete before it is added.
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Tally tally = new Tally();
        dsg.prefixes().putAll(CompactNames.standard(options.iris().base()).prefixMapping());
        dsg.addGraph(NodeFactory.createURI(AIGO.ONTOLOGY_GRAPH), ontology);
        dsg.addGraph(NodeFactory.createURI(AIGO.GAZETTEER_GRAPH), gazetteerGraph);
        InOrder.map(docs, options.threads(), pipeline::run, built -> {
            dsg.addGraph(NodeFactory.createURI(Iris.graph(built.doc().slug())), built.graph());
            tally.add(built);
            built.warnings().forEach(w -> options.progress().accept(w.toString()));
            if (tally.statements % 100 == 0 || tally.statements == files.size() && files.size() >= 100) {
                options.progress().accept(String.format("  %d/%d statements", tally.statements, files.size()));
            }
        });
        Map<String, Integer> byType = new TreeMap<>();
        tally.entities.values().forEach(e -> byType.merge(e.kind().type().getLocalName(), 1, Integer::sum));
        long triples = countQuads(dsg);
        double seconds = (System.nanoTime() - start) / 1e9;
        BuildSummary summary = new BuildSummary(files.size(), tally.sentences, tally.clauses, tally.speaking, byType, triples, seconds, tally.chars, tally.warnings);
        return new BuildResult(DatasetFactory.wrap(dsg), summary);
    }

    /** Running totals for the summary, kept in statement order. */
    private static final class Tally {
        int statements, sentences, clauses, speaking, warnings;
        long chars;
        final Map<String, Entity> entities = new LinkedHashMap<>();

        void add(StatementPipeline.Built built) {
            statements++;
            sentences += built.doc().sentences().size();
            clauses += built.clauses();
            speaking += built.speakingSentences();
            warnings += built.warnings().size();
            chars += built.doc().text().length();
            built.entities().forEach(e -> entities.putIfAbsent(e.iri(), e));
        }
    }

    private List<Document> readAll(List<Path> files) {
        Map<String, Path> slugs = new HashMap<>();
        List<Document> docs = new java.util.ArrayList<>();
        InOrder.map(files, options.threads(), StatementFormat::read, doc -> {
            doc.warnings().forEach(w -> options.progress().accept("warning: " + w));
            Path earlier = slugs.putIfAbsent(doc.slug(), doc.file());
            if (earlier != null) {
                throw new BadInputException(doc.file(), "same statement id '" + doc.slug() + "' as " + earlier
                        + ": give one of them a distinct file name or front-matter 'id'");
            }
            docs.add(doc);
        });
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
