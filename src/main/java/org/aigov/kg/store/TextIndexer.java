package org.aigov.kg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.Directory;

/**
 * Builds the Lucene index of an already loaded database in one pass: only the quads of
 * {@link TextIndexSpec#PREDICATES} are read, and each becomes the same document that
 * jena-text's dataset wrapper would have written when the quad was added.
 */
final class TextIndexer {
    private TextIndexer() {}

    /** Indexes every indexed literal of {@code dsg} into {@code dir} and commits; returns the documents added. */
    static long index(DatasetGraph dsg, Directory dir) {
        TextIndex index = TextIndexSpec.openIndex(dir);
        try {
            long added = Txn.calculateRead(dsg, () -> addEntities(dsg, index));
            index.commit();
            return added;
        } finally {
            index.close();
        }
    }

    private static long addEntities(DatasetGraph dsg, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        long added = 0;
        for (Node predicate : TextIndexSpec.PREDICATES) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
            while (it.hasNext()) {
                Entity entity = TextQueryFuncs.entityFromQuad(def, it.next());
                if (entity == null) continue; // not a literal: nothing to index
                index.addEntity(entity);
                added++;
            }
        }
        return added;
    }
}
