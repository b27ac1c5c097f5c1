package org.aigov.kg.recognise;

import java.util.List;
import java.util.Map;

/** What recognition found in one document: mentions in order, the entities they name, agreement phrases and people. */
public record Recognition(List<Mention> mentions, Map<String, Entity> entities,
                          List<AgreementParties.Found> agreements, List<PersonNames.Person> persons, NameIndex names,
                          Map<String, Entity> demonyms) {

    /** The entity a whole name denotes (gazetteer or discovered in this document), or null. */
    public Entity lookup(String name) {
        List<Token> toks = Tokenizer.tokenize(name);
        if (toks.isEmpty()) return null;
        NameIndex.Match m = names.longestAt(toks, 0);
        return m != null && m.length() == toks.size() ? m.entity() : null;
    }

    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
