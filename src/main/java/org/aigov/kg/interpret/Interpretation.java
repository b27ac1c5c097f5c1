package org.aigov.kg.interpret;

import java.util.List;
import org.aigov.kg.recognise.Entity;

/** Everything the statement says, as read by code: parties, signatories, clauses, agreements, targets, facts. */
public record Interpretation(List<Entity> parties, List<Entity> signatories, List<Clause> clauses,
                             List<Agreement> agreements, List<Target> targets, List<Fact> facts) {}
