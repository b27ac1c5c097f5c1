package org.aigov.kg.build;

import org.apache.jena.query.Dataset;

/**
 * A built knowledge graph: an in-memory transactional dataset whose named graphs are the ontology,
 * the gazetteer and one graph per statement (entailments materialised); its default graph is empty.
 */
public record BuildResult(Dataset dataset, BuildSummary summary) {}
