package org.aigov.kg.recognise;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.read.Span;

/** Finds definitions "Full Name (ACR)" and "ACR (Full Name)" and pairs the name with its acronym. */
public final class AcronymDefinitions {
    /** A definition found in the text; kind is null when the name has no typing head noun. */
    public record Definition(Span nameSpan, String name, String acronym, Kind kind, int sentence) {}

    private AcronymDefinitions() {}

    public static List<Definition> find(String text, List<Token> tokens, int sentence) {
        List<Definition> out = new ArrayList<>();
        List<NameRuns.Run> runs = NameRuns.find(tokens);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(")) continue;
            int close = closing(tokens, i);
            if (close < 0) continue;
            String inner = text.substring(tokens.get(i + 1).begin(), tokens.get(close - 1).end());
            if (isAcronym(inner)) {
                NameRuns.Run before = runEndingAt(runs, i);
                if (before != null) {
                    Definition d = define(text, tokens, before, inner, sentence);
                    if (d != null) out.add(d);
                }
            } else if (i > 0 && isAcronym(tokens.get(i - 1).text())) {
                NameRuns.Run inside = runExactly(runs, i + 1, close);
                if (inside != null) {
                    Definition d = define(text, tokens, inside, tokens.get(i - 1).text(), sentence);
                    if (d != null && d.nameSpan().begin() == tokens.get(i + 1).begin()) out.add(d);
                }
            }
        }
        return out;
    }

    private static int closing(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k < open + 16; k++) {
            if (tokens.get(k).text().equals(")")) return k;
            if (tokens.get(k).text().equals("(")) return -1;
        }
        return -1;
    }

    /** "OECD", "NII/ROIS", "AI4S", "LLMs": at least two capitals, no spaces. */
    static boolean isAcronym(String s) {
        if (s.isEmpty() || s.length() > 12 || s.contains(" ") || !Character.isUpperCase(s.charAt(0))) return false;
        long caps = s.chars().filter(Character::isUpperCase).count();
        return caps >= 2 && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '&');
    }

    private static NameRuns.Run runEndingAt(List<NameRuns.Run> runs, int tokenIndex) {
        for (NameRuns.Run r : runs) if (r.to() == tokenIndex) return r;
        return null;
    }

    private static NameRuns.Run runExactly(List<NameRuns.Run> runs, int from, int to) {
        for (NameRuns.Run r : runs) if (r.from() == from && r.to() == to) return r;
        return null;
    }

    /** The shortest tail of the run whose capitals spell the acronym's letters in order decides the name. */
    private static Definition define(String text, List<Token> tokens, NameRuns.Run run, String acronym, int sentence) {
        String letters = acronym.split("/")[0].replaceAll("[^A-Z]", "");
        if (letters.length() < 2) return null;
        for (int start = run.from(); start < run.to(); start++) {
            if (!tokens.get(start).isCapitalised()) continue;
            if (Character.toUpperCase(tokens.get(start).text().charAt(0)) != letters.charAt(0)) continue;
            StringBuilder initials = new StringBuilder();
            for (int k = start; k < run.to(); k++) {
                tokens.get(k).text().chars().filter(Character::isUpperCase).forEach(c -> initials.append((char) c));
            }
            if (!isSubsequence(letters, initials.toString())) continue;
            Span span = new Span(tokens.get(start).begin(), tokens.get(run.to() - 1).end());
            Candidate typed = TypedPhrases.typed(text, tokens, new NameRuns.Run(start, run.to()), sentence);
            Kind kind = typed != null && typed.span().equals(span) ? typed.kind() : null;
            return new Definition(span, TypedPhrases.clean(span.of(text)), acronym, kind, sentence);
        }
        return null;
    }

    private static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) if (hay.charAt(i) == needle.charAt(j)) j++;
        return j == needle.length();
    }
}
