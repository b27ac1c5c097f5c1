package org.aigov.kg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/** Small operations on datasets shared by the memory and TDB2 stores. */
public final class StoreOps {
    private StoreOps() {}

    /** Counts the quads of every named graph, in a read transaction. */
    public static long countQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Makes SPARQL's default graph the union of the named graphs (TDB2's own switch). */
    public static void useUnionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }
}
