package org.aigov.kg.store;

import java.util.List;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.NIF;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.Directory;

/**
 * The one definition of what jena-text indexes, for the server and {@code aigov query} alike: labels,
 * acronyms, titles, sentence and clause text, all in one Lucene field so that
 * {@code ?s text:query 'cybersecurity'} searches every one of them.
 */
public final class TextIndexSpec {
    /** The one Lucene field every indexed predicate feeds. */
    public static final String FIELD = "text";
    /** The Lucene field holding the subject IRI. */
    public static final String ENTITY_FIELD = "uri";

    /** Predicates whose literal objects are indexed. */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            AIGO.acronym.asNode(),
            DCTerms.title.asNode(),
            NIF.anchorOf.asNode(),
            AIGO.text.asNode());

    private TextIndexSpec() {}

    /** The entity definition: subject in {@link #ENTITY_FIELD}, every predicate in {@link #FIELD}. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FIELD);
        for (Node p : PREDICATES) def.set(FIELD, p);
        // No graph field: with the union default graph a graph filter would hide every hit.
        return def;
    }

    /**
     * A copy of the dataset's context carrying its text index, so {@code text:query} finds the
     * index through any wrapper put around the text dataset (such as the read-only union view).
     */
    public static Context queryContext(DatasetGraph dsg) {
        Context cxt = Context.mergeCopy(new Context(), dsg.getContext());
        if (dsg instanceof DatasetGraphText text) cxt.set(TextQuery.textIndex, text.getTextIndex());
        return cxt;
    }

    /** Wraps {@code dsg} so that quads added through the result are indexed into {@code dir}. */
    public static DatasetGraph wrap(DatasetGraph dsg, Directory dir) {
        return TextDatasetFactory.create(dsg, openIndex(dir), true);
    }

    /** The Lucene index in {@code dir} with this entity definition and analyzer (created if absent). */
    public static TextIndex openIndex(Directory dir) {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(false);
        return TextDatasetFactory.createLuceneIndex(dir, config);
    }
}
