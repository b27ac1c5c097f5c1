package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aigov.kg.read.Document;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Recognition;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/** Reads what a statement says from its recognised text: parties, clauses, agreements, events, targets, relations. */
public final class Interpreter {
    private final ClauseFinder clauses;
    private final AgreementKinds kinds;
    private final Iris iris;

    /** The ontology graph supplies the verb lexicon and topic keywords. */
    public Interpreter(Graph ontology, Iris iris) {
        SpeechActs acts = new SpeechActs(ontology);
        if (acts.isEmpty()) throw new IllegalStateException("the ontology has no speech-act verb forms (ontology/speech-acts.ttl)");
        this.clauses = new ClauseFinder(acts, new Topics(ontology));
        this.kinds = new AgreementKinds(ontology);
        this.iris = iris;
    }

    public Interpretation interpret(Document doc, Recognition rec) {
        List<Entity> parties = Parties.of(doc, rec, iris);
        Map<Entity, Entity> represents = Parties.signatories(doc, rec, parties);
        List<Fact> facts = new ArrayList<>();
        represents.forEach((person, country) -> facts.add(new Fact(person.iri(), AIGO.represents.getURI(), NodeFactory.createURI(country.iri()), 0)));
        facts.addAll(EventFacts.find(doc, rec));
        facts.addAll(RelationFinder.find(doc, rec));
        return new Interpretation(parties, List.copyOf(represents.keySet()), clauses.find(doc, rec, parties),
                AgreementReader.read(doc, rec, kinds), TargetFinder.find(doc, rec), List.copyOf(facts));
    }
}
