package org.aigov.kg.query;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
        // stored values let "(?s ?score ?literal) text:query …" return the literal that matched
        config.setValueStored(true);
        return config;
    }

    /** Indexes the literals of {@code data} (all graphs) into a new in-memory index. */
    public static TextIndex build(Dataset data) {
        DatasetGraph sink = TextDatasetFactory.createLucene(DatasetGraphFactory.createTxnMem(), new ByteBuffersDirectory(), config());
        TextIndex index = ((DatasetGraphText) sink).getTextIndex();
        DatasetGraph source = data.asDatasetGraph();
        Txn.executeRead(data, () -> Txn.executeWrite(sink, () -> {
            for (Node p : PREDICATES) {
                // the union graph yields each triple once, however many graphs hold it: no duplicate hits
                for (var graph : List.of(source.getUnionGraph(), source.getDefaultGraph())) {
                    graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isLiteral()) sink.getDefaultGraph().add(t);
                    });
                }
            }
        }));
        return index;
    }
}
