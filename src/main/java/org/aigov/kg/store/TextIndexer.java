package org.aigov.kg.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.Directory;

/**
 * Writes a generation's jena-text documents straight into its Lucene index: the documents
 * jena-text's dataset wrapper would write, one per quad whose predicate is in
 * {@link TextIndexSpec#PREDICATES} and whose object is a literal, without going through a
 * text-indexed dataset. Nothing is searchable before {@link #commit}.
 */
final class TextIndexer implements AutoCloseable {
    private final TextIndex index;

    TextIndexer(Directory dir) {
        this.index = TextIndexSpec.openIndex(dir);
    }

    /** A stream that indexes each quad on its way to {@code out}. */
    StreamRDF indexing(StreamRDF out) {
        return tapped(out, this::add);
    }

    /** A stream that shows each quad (a triple as a default-graph quad) to {@code tap} on its way to {@code out}. */
    static StreamRDF tapped(StreamRDF out, Consumer<Quad> tap) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                tap.accept(quad);
                super.quad(quad);
            }

            @Override
            public void triple(Triple triple) {
                tap.accept(Quad.create(Quad.defaultGraphNodeGenerated, triple));
                super.triple(triple);
            }
        };
    }

    /** Replaces whatever index {@code dir} holds with one read from the quads stored in {@code dsg}. */
    static void rebuild(Directory dir, DatasetGraph dsg) throws java.io.IOException {
        for (String file : dir.listAll()) dir.deleteFile(file);
        try (TextIndexer indexer = new TextIndexer(dir)) {
            indexer.addStored(dsg);
            indexer.commit();
        }
    }

    /** Indexes the quads stored in {@code dsg}, reading only those of the indexed predicates. */
    void addStored(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            for (Node predicate : TextIndexSpec.PREDICATES) {
                dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(this::add);
            }
        });
    }

    /** True when {@link #add} would write a document for {@code quad}: an indexed predicate and a literal object. */
    static boolean indexes(Quad quad) {
        return quad.getObject().isLiteral() && TextIndexSpec.PREDICATES.contains(quad.getPredicate());
    }

    void add(Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), quad);
        if (entity != null) index.addEntity(entity); // null: the predicate is not indexed, or the object is no literal
    }

    void commit() {
        index.commit();
    }

    @Override
    public void close() {
        index.close();
    }
}
