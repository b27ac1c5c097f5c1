package org.aigov.kg.interpret;

import java.util.List;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.Entity;

/** An agreement the statement reports: kind (concept IRI of the agreement-kind scheme), acronym as written, parties, purpose, where. */
public record Agreement(int number, String kind, String acronym, List<Entity> parties, String purpose, Span span, int sentence) {}
