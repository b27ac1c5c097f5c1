package org.aigov.kg.query;

import java.util.HashSet;
import java.util.Set;
import org.aigov.kg.store.TextIndexSpec;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory jena-text (Lucene) index of a locally built graph, so that {@code text:query} works in
 * {@code aigov query} exactly as on the server: the same definition ({@link TextIndexSpec}).
 */
public final class TextSearchIndex {
    private TextSearchIndex() {}

    /** Indexes the literals of {@code data} (all graphs, each distinct triple once) into a new in-memory index. */
    public static TextIndex build(Dataset data) {
        TextIndex index = TextIndexSpec.openIndex(new ByteBuffersDirectory());
        Set<Triple> seen = new HashSet<>();
        DatasetGraph source = data.asDatasetGraph();
        Txn.executeRead(data, () -> {
            for (Node p : TextIndexSpec.PREDICATES) {
                source.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    // only literals are text; a triple held by several graphs is one hit, not several
                    if (q.getObject().isLiteral() && seen.add(q.asTriple())) {
                        Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), null, q.getSubject(), q.getPredicate(), q.getObject());
                        if (e != null) index.addEntity(e);
                    }
                });
            }
        });
        index.prepareCommit();
        index.commit();
        return index;
    }
}
