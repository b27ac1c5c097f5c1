package org.aigov.kg.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Span;

/** The group a first-person statement speaks as: "We, the G7 Digital and Tech Ministers, …" names a ministers' forum. */
public final class SpeakerGroups {
    private static final Pattern GROUP = Pattern.compile(
            "^\\s*We,\\s+the\\s+(\\p{Lu}[\\p{L}\\p{N}&'’ -]*?\\s(?:Ministers|Leaders|Heads of State and Government|Heads of Government|Foreign Ministers|Members))\\s*[,;]");

    private SpeakerGroups() {}

    /** The group's span and name, or null when the sentence does not open that way. */
    public static Candidate find(String text, Span sentence, int number) {
        Matcher m = GROUP.matcher(text).region(sentence.begin(), sentence.end());
        if (!m.lookingAt()) return null;
        Span span = new Span(m.start(1), m.end(1));
        return new Candidate(span, TypedPhrases.clean(span.of(text)), Kind.FORUM, null, number);
    }
}
