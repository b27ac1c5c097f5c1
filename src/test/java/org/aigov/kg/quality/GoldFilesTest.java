package org.aigov.kg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each gold file is well-formed, fits its statement's text, and a perfect prediction scores 1 everywhere. */
class GoldFilesTest {

    static Stream<Path> goldFiles() {
        List<Path> all = GoldFiles.all();
        assertTrue(all.size() >= 3, "expected the seed and two more gold files, found " + all);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void everyQuoteIdentifiesExactlyOneSentence(Path file) throws IOException {
        Gold gold = GoldReader.read(file);
        assertEquals(file.getFileName().toString(), gold.slug() + ".gold.yaml", "slug and file name agree");
        Path statement = GoldFiles.statementOf(gold);
        assertTrue(Files.isRegularFile(statement), "no statement " + statement);
        String text = Names.text(Files.readString(statement, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        List<Gold.Clause> all = new ArrayList<>(gold.clauses());
        all.addAll(gold.optionalClauses());
        for (Gold.Clause c : all) {
            int n = occurrences(text, Names.text(c.quote()));
            if (n != 1) {
                problems.add("quote found " + n + " times: " + c.quote());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void everyReferenceNamesAGoldEntityOfTheRightType(Path file) throws IOException {
        Gold gold = GoldReader.read(file);
        List<String> problems = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (Gold.Entity e : gold.allEntities()) {
            for (String k : Names.keys(e.names())) {
                String before = keys.put(k, e.name());
                if (before != null && !before.equals(e.name())) {
                    problems.add("name '" + k + "' given to both " + before + " and " + e.name());
                }
            }
        }
        // Parties are actors: countries mostly, also unions and other bodies (the European Union).
        gold.parties().forEach(p -> requireType(gold, p, List.of("Country", "Forum", "Organization"), "party", problems));
        gold.clauses().forEach(c -> c.actors().forEach(a -> requireKnown(gold, a, "actor", problems)));
        gold.agreements().forEach(a -> a.parties().forEach(p -> requireKnown(gold, p, "agreement party", problems)));
        for (Gold.Event e : gold.events()) {
            requireType(gold, e.name(), List.of("Event"), "event", problems);
            if (e.host() != null) {
                requireKnown(gold, e.host(), "host", problems);
            }
        }
        for (Gold.Target t : gold.targets()) {
            Stream.of(t.from(), t.to()).filter(x -> x != null).forEach(x -> requireType(gold, x, List.of("Country", "Region"), "target end", problems));
        }
        for (Gold.Relation r : gold.relations()) {
            requireKnown(gold, r.subject(), "relation subject", problems);
            requireKnown(gold, r.object(), "relation object", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void aPerfectPredictionScoresOneInEveryCategory(Path file) throws IOException {
        Gold gold = GoldReader.read(file);
        Evaluation e = Evaluation.of(gold, PerfectPrediction.of(gold));
        for (Score s : e.scores()) {
            assertEquals(1.0, s.precision(), () -> e.misses(s.category()));
            assertEquals(1.0, s.recall(), () -> e.misses(s.category()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void droppingOneEntityAndOneClauseLowersRecall(Path file) throws IOException {
        Gold gold = GoldReader.read(file);
        Predictions perfect = PerfectPrediction.of(gold);
        Predictions worse = new Predictions(perfect.entities().subList(1, perfect.entities().size()),
                perfect.clauses().subList(1, perfect.clauses().size()), perfect.agreements(), perfect.events(),
                perfect.targets(), perfect.relations());
        Evaluation e = Evaluation.of(gold, worse);
        assertEquals(gold.entities().size() - 1, e.score("entities").tp());
        assertEquals(1, e.score("entities").fn());
        assertEquals(1, e.score("clauses").fn());
    }

    private static void requireKnown(Gold gold, String name, String role, List<String> problems) {
        if (!gold.knows(name)) {
            problems.add(role + " '" + name + "' is not a gold entity");
        }
    }

    private static void requireType(Gold gold, String name, List<String> types, String role, List<String> problems) {
        boolean ok = gold.entities().stream()
                .anyMatch(e -> types.contains(e.type()) && Names.sameEntity(e.names(), List.of(name)));
        if (!ok) {
            problems.add(role + " '" + name + "' is not a gold " + String.join(" or ", types));
        }
    }

    private static int occurrences(String text, String quote) {
        int n = 0;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            n++;
        }
        return n;
    }
}
