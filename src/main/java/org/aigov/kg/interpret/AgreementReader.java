package org.aigov.kg.interpret;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Document;
import org.aigov.kg.read.Sentence;
import org.aigov.kg.read.Span;
import org.aigov.kg.recognise.AgreementParties;
import org.aigov.kg.recognise.Entity;
import org.aigov.kg.recognise.Mention;
import org.aigov.kg.recognise.Recognition;

/** Turns the agreement phrases found by recognition into agreements with resolved parties. */
public final class AgreementReader {
    private AgreementReader() {}

    public static List<Agreement> read(Document doc, Recognition rec, AgreementKinds kinds) {
        List<Agreement> out = new ArrayList<>();
        for (AgreementParties.Found f : rec.agreements()) {
            int sentence = sentenceOf(doc, f.phrase());
            List<Entity> parties = new ArrayList<>();
            for (Span p : f.parties()) {
                Entity e = rec.mentions().stream().filter(m -> p.contains(m.span()) && m.entity().kind().isActor())
                        .map(Mention::entity).findFirst().orElse(rec.lookup(p.of(doc.text())));
                if (e != null && !parties.contains(e)) parties.add(e);
            }
            String purpose = f.purpose() == null ? null : f.purpose().of(doc.text()).replaceAll("\\s+", " ").strip();
            out.add(new Agreement(out.size() + 1, kinds.of(f.kindPhrase()), f.acronym(), List.copyOf(parties), purpose, f.phrase(), sentence));
        }
        return out;
    }

    private static int sentenceOf(Document doc, Span span) {
        for (Sentence s : doc.sentences()) if (s.span().contains(span)) return s.number();
        return 0;
    }
}
