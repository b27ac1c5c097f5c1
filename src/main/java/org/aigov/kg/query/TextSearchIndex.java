package org.aigov.kg.query;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.graph.Triple;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.NIF;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory jena-text (Lucene) index over the names and text of a dataset, so that
 * {@code text:query} works on a locally built graph: labels, acronyms, titles, sentence and clause text.
 */
public final class TextSearchIndex {
    /** The Lucene field every indexed predicate feeds; {@code text:query "words"} searches it. */
    public static final String FIELD = "text";

    /** The predicates whose literal values are indexed. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), AIGO.acronym.asNode(),
            DCTerms.title.asNode(), NIF.anchorOf.asNode(), AIGO.text.asNode());

    private TextSearchIndex() {}

    /** The entity map: subjects by IRI in field "uri", every indexed predicate into {@link #FIELD}, values stored. */
    public static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        for (Node p : PREDICATES) entities.set(FIELD, p);
        entities.setPrimaryPredicate(RDFS.label.asNode());
        TextIndexConfig config = new TextIndexConfig(entities);
        // values are not stored, as on the server: search.rq shows a hit by its own text or name
        config.setValueStored(false);
        return config;
    }

    /** Indexes the literals of {@code data} (all graphs, each distinct triple once) into a new in-memory index. */
    public static TextIndex build(Dataset data) {
        TextIndexConfig config = config();
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        EntityDefinition entities = config.getEntDef();
        Set<Triple> seen = new HashSet<>();
        DatasetGraph source = data.asDatasetGraph();
        Txn.executeRead(data, () -> {
            for (Node p : PREDICATES) {
                source.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    // only literals are text; a triple held by several graphs is one hit, not several
                    if (q.getObject().isLiteral() && seen.add(q.asTriple())) {
                        Entity e = TextQueryFuncs.entityFromQuad(entities, null, q.getSubject(), q.getPredicate(), q.getObject());
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
