package org.aigov.kg.recognise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.aigov.kg.BadInputException;
import org.aigov.kg.source.RdfFiles;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reusable knowledge about entities (labels, acronyms, types, ids) from data/gazetteer/*.ttl.
 * IRIs written under the standard base are re-minted under the configured one.
 */
public final class Gazetteer {
    /** One known entity with the names it can be recognised by. */
    public record Entry(Entity entity, List<String> names, List<String> acronyms, List<String> demonyms) {}

    private final Graph graph;
    private final List<Entry> entries;

    private Gazetteer(Graph graph, List<Entry> entries) {
        this.graph = graph;
        this.entries = entries;
    }

    public static Gazetteer load(Path dir, Iris iris) {
        Graph raw = GraphFactory.createDefaultGraph();
        for (Path file : files(dir)) RdfFiles.readInto(file, raw);
        Graph g = rebase(raw, iris);
        List<Entry> entries = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> t.getSubject().toString()))
                .forEach(t -> {
                    Kind kind = t.getObject().isURI() ? Kind.ofType(t.getObject().getURI()) : null;
                    if (kind == null || !t.getSubject().isURI()) return;
                    Node s = t.getSubject();
                    List<String> labels = englishLiterals(g, s, RDFS.label.asNode());
                    List<String> names = new ArrayList<>(labels);
                    names.addAll(englishLiterals(g, s, SKOS.altLabel.asNode()));
                    names.addAll(englishLiterals(g, s, SKOS.prefLabel.asNode()));
                    List<String> acronyms = literals(g, s, AIGO.acronym.asNode());
                    String label = labels.isEmpty() ? (acronyms.isEmpty() ? s.getURI() : acronyms.get(0)) : labels.get(0);
                    Entity e = new Entity(s.getURI(), kind, label, acronyms.isEmpty() ? null : acronyms.get(0), true, 0);
                    entries.add(new Entry(e, names, acronyms, literals(g, s, AIGO.demonym.asNode())));
                });
        return new Gazetteer(g, List.copyOf(entries));
    }

    public Graph graph() { return graph; }

    /** The gazetteer's Turtle files in name order; a missing directory is bad input. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) throw new BadInputException(dir, "no such gazetteer directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list: " + e.getMessage());
        }
    }

    public List<Entry> entries() { return entries; }

    private static Graph rebase(Graph raw, Iris iris) {
        if (iris.base().equals(Iris.DEFAULT_BASE)) return raw;
        Graph g = GraphFactory.createDefaultGraph();
        raw.find().forEach(t -> g.add(Triple.create(rebase(t.getSubject(), iris), t.getPredicate(), rebase(t.getObject(), iris))));
        return g;
    }

    private static Node rebase(Node n, Iris iris) {
        if (n.isURI() && n.getURI().startsWith(Iris.DEFAULT_BASE)) {
            return NodeFactory.createURI(iris.base() + n.getURI().substring(Iris.DEFAULT_BASE.length()));
        }
        return n;
    }

    private static List<String> englishLiterals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en")))
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }
}
