package org.aigov.kg.recognise;

import java.util.List;
import java.util.Map;

/** What recognition found in one document: mentions in order, the entities they name, agreement phrases and people. */
public record Recognition(List<Mention> mentions, Map<String, Entity> entities,
                          List<AgreementParties.Found> agreements, List<PersonNames.Person> persons) {

    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
