package org.aigov.kg.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists the recogniser relies on: head nouns with the kind they give, and personal titles. */
public final class Lexicon {
    /** Lower-case words that may join the capitalised words of one name. */
    public static final Set<String> CONNECTORS = Set.of("of", "for", "on", "in", "to", "toward", "towards", "and", "&", "-", "'", "de", "du", "des", "la", "le", "et", "the", "a",
            "\u201D", "\"");
    public static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "in", "to", "toward", "towards");
    /** Capitalised words that never start or continue a name. */
    public static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "These", "That", "Those", "They", "We", "Our", "Their",
            "It", "Its", "In", "On", "At", "By", "For", "To", "Both", "Based", "Recognizing", "Recognising", "Reaffirming", "Noting");
    /** Month and day names: dates, never part of a name ("Dialogue in January 2026"). */
    public static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Kind> heads = new HashMap<>();
    private final List<List<String>> titles = new ArrayList<>();

    private Lexicon() {
        for (String line : lines("/recognise/head-nouns.tsv")) {
            String[] cols = line.split("\t");
            heads.put(cols[0], Kind.ofName(cols[1]));
        }
        for (String line : lines("/recognise/titles.txt")) {
            titles.add(Tokenizer.tokenize(line).stream().map(Token::exact).toList());
        }
        titles.sort((a, b) -> b.size() - a.size()); // longest title first
    }

    public static Lexicon get() { return INSTANCE; }

    /** The kind a head noun gives ("Summit" → event), or null. */
    public Kind headKind(String word) {
        Kind k = heads.get(word);
        if (k == null && word.length() > 1) k = heads.get(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        return k;
    }

    /** Personal titles as token lists, longest first. */
    public List<List<String>> titles() { return titles; }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
