package org.aigov.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Names of the aigov ontology (see docs/MODEL.md); the one place Java spells them. */
public final class AIGO {
    public static final String NS = "https://w3id.org/aigov/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/aigov/ontology";
    public static final String VOCAB = "https://w3id.org/aigov/vocab/";
    public static final String SPEECH_ACT = VOCAB + "speech-act/";
    public static final String TOPIC = VOCAB + "topic/";
    public static final String AGREEMENT_KIND = VOCAB + "agreement-kind/";
    public static final String STRENGTH = VOCAB + "strength/";
    public static final String GRAPH = "https://w3id.org/aigov/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String GAZETTEER_GRAPH = GRAPH + "gazetteer";

    private AIGO() {}

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes
    public static final Resource Actor = c("Actor");
    public static final Resource Country = c("Country");
    public static final Resource Organization = c("Organization");
    public static final Resource Forum = c("Forum");
    public static final Resource Person = c("Person");
    public static final Resource Region = c("Region");
    public static final Resource Instrument = c("Instrument");
    public static final Resource Framework = c("Framework");
    public static final Resource Initiative = c("Initiative");
    public static final Resource Agreement = c("Agreement");
    public static final Resource Statement = c("Statement");
    public static final Resource Event = c("Event");
    public static final Resource Clause = c("Clause");
    public static final Resource Commitment = c("Commitment");
    public static final Resource Target = c("Target");
    public static final Resource PriorityArea = c("PriorityArea");
    public static final Resource SpeechAct = c("SpeechAct");
    public static final Resource Topic = c("Topic");
    public static final Resource Strength = c("Strength");
    public static final Resource AgreementKind = c("AgreementKind");

    // Statement structure
    public static final Property party = p("party");
    public static final Property partyTo = p("partyTo");
    public static final Property signatory = p("signatory");
    public static final Property represents = p("represents");
    public static final Property hasClause = p("hasClause");
    public static final Property clauseOf = p("clauseOf");
    public static final Property hasPriorityArea = p("hasPriorityArea");
    public static final Property areaOf = p("areaOf");
    public static final Property priorityArea = p("priorityArea");
    public static final Property areaNumber = p("areaNumber");
    public static final Property sourceText = p("sourceText");
    public static final Property sentence = p("sentence");
    public static final Property text = p("text");

    // Clauses
    public static final Property actor = p("actor");
    public static final Property speechAct = p("speechAct");
    public static final Property strength = p("strength");
    public static final Property rank = p("rank");
    public static final Property mentions = p("mentions");
    public static final Property topic = p("topic");

    // Relations between entities
    public static final Property coChairedBy = p("coChairedBy");
    public static final Property hostedBy = p("hostedBy");
    public static final Property heldAt = p("heldAt");
    public static final Property date = p("date");
    public static final Property ordinal = p("ordinal");
    public static final Property establishedAt = p("establishedAt");
    public static final Property preparedBy = p("preparedBy");
    public static final Property promotedBy = p("promotedBy");
    public static final Property acronym = p("acronym");
    public static final Property demonym = p("demonym");
    public static final Property qualityReport = p("qualityReport");
    public static final Property sourceLine = p("sourceLine");

    // Agreements and targets
    public static final Property agreementKind = p("agreementKind");
    public static final Property purpose = p("purpose");
    public static final Property targetQuantity = p("targetQuantity");
    public static final Property targetYear = p("targetYear");
    public static final Property from = p("from");
    public static final Property to = p("to");
    public static final Property setAt = p("setAt");

    /** A concept of the speech-act scheme, e.g. {@code speechAct("reaffirm")}. */
    public static Resource speechAct(String slug) { return ResourceFactory.createResource(SPEECH_ACT + slug); }
    public static Resource topic(String slug) { return ResourceFactory.createResource(TOPIC + slug); }
    public static Resource strength(String slug) { return ResourceFactory.createResource(STRENGTH + slug); }
    public static Resource agreementKind(String slug) { return ResourceFactory.createResource(AGREEMENT_KIND + slug); }
}
