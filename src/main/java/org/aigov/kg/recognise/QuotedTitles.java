package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigov.kg.read.Span;

/** Instruments quoted by their title: the resolution “Seizing the opportunities of …”, a report entitled "…". */
public final class QuotedTitles {
    private static final Pattern QUOTED = Pattern.compile(
            "(?i)\\b(resolutions?|declaration|report|convention|recommendation|decision|entitled|titled)\\s+[\"\u201C]([^\"\u201D]{12,300})[\"\u201D]");

    private QuotedTitles() {}

    public static List<Candidate> find(String text, Span sentence, int number) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            Span span = new Span(m.start(2), m.end(2));
            out.add(new Candidate(span, TypedPhrases.clean(span.of(text)), Kind.FRAMEWORK, null, number));
        }
        return out;
    }
}
