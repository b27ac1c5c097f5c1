package org.aigov.kg.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and checks a {@code <slug>.gold.yaml} file; any mistake in it is reported with the file name. */
final class GoldReader {
    private static final Set<String> KINDS = Set.of("mou", "moc", "arrangement", "agreement", "letter-of-intent");
    private static final Set<String> RELATIONS =
            Set.of("coChairedBy", "promotedBy", "establishedAt", "preparedBy", "hostedBy");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    // An unknown key is usually a name with an unquoted comma split by YAML flow syntax.
    private static final Set<String> ENTITY_KEYS = Set.of("name", "type", "alt", "alt_types");
    private static final Set<String> CLAUSE_KEYS = Set.of("quote", "act", "alt_acts", "actors", "area");

    private final String file;

    private GoldReader(String file) { this.file = file; }

    static Gold read(Path path) throws IOException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            return new GoldReader(path.getFileName().toString()).gold(root);
        }
    }

    /** Parses gold YAML given as text (for tests of the scorer). */
    static Gold parse(String name, String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return new GoldReader(name).gold(root);
    }

    private Gold gold(Object root) {
        Map<?, ?> m = map(root, "document");
        String slug = string(m.get("statement"), "statement");
        List<String> parties = strings(m.get("parties"), "parties");
        List<Gold.Entity> entities = new ArrayList<>();
        for (Object o : list(m.get("entities"), "entities")) {
            entities.add(entity(o, true));
        }
        List<Gold.Entity> optional = new ArrayList<>();
        for (Object o : list(m.get("optional_entities"), "optional_entities")) {
            optional.add(entity(o, false));
        }
        List<Gold.Clause> clauses = new ArrayList<>();
        for (Object o : list(m.get("clauses"), "clauses")) {
            clauses.add(clause(o, parties, true));
        }
        List<Gold.Clause> optionalClauses = new ArrayList<>();
        for (Object o : list(m.get("optional_clauses"), "optional_clauses")) {
            optionalClauses.add(clause(o, parties, false));
        }
        List<Gold.Agreement> agreements = new ArrayList<>();
        for (Object o : list(m.get("agreements"), "agreements")) {
            Map<?, ?> a = map(o, "agreement");
            String kind = string(a.get("kind"), "agreement kind");
            require(KINDS.contains(kind), "agreement kind '" + kind + "' is not one of " + KINDS);
            agreements.add(new Gold.Agreement(kind, strings(a.get("parties"), "agreement parties"),
                    strings(a.get("purpose"), "agreement purpose")));
        }
        List<Gold.Event> events = new ArrayList<>();
        for (Object o : list(m.get("events"), "events")) {
            Map<?, ?> e = map(o, "event");
            String date = optionalString(e.get("date"), "event date");
            require(date == null || DATE.matcher(date).matches(), "event date '" + date + "' is not YYYY[-MM[-DD]]");
            events.add(new Gold.Event(string(e.get("name"), "event name"), date,
                    integer(e.get("ordinal"), "event ordinal"), optionalString(e.get("host"), "event host")));
        }
        List<Gold.Target> targets = new ArrayList<>();
        for (Object o : list(m.get("targets"), "targets")) {
            Map<?, ?> t = map(o, "target");
            Integer year = integer(t.get("year"), "target year");
            require(year != null && t.get("quantity") instanceof Number, "a target needs a numeric quantity and year");
            targets.add(new Gold.Target(((Number) t.get("quantity")).longValue(), year,
                    optionalString(t.get("from"), "target from"), optionalString(t.get("to"), "target to")));
        }
        List<Gold.Relation> relations = new ArrayList<>();
        for (Object o : list(m.get("relations"), "relations")) {
            List<String> triple = strings(o, "relation");
            require(triple.size() == 3, "a relation is [subject, property, object]: " + triple);
            require(RELATIONS.contains(triple.get(1)), "relation '" + triple.get(1) + "' is not one of " + RELATIONS);
            relations.add(new Gold.Relation(triple.get(0), triple.get(1), triple.get(2)));
        }
        return new Gold(slug, parties, entities, optional, clauses, optionalClauses, agreements, events, targets,
                relations);
    }

    private Gold.Entity entity(Object o, boolean typed) {
        Map<?, ?> e = map(o, "entity");
        keys(e, ENTITY_KEYS, "entity");
        String name = string(e.get("name"), "entity name");
        String type = typed ? string(e.get("type"), "type of " + name) : optionalString(e.get("type"), "type");
        List<String> altTypes = strings(e.get("alt_types"), "alt_types of " + name);
        for (String t : typed ? concat(type, altTypes) : altTypes) {
            require(Gold.TYPES.contains(t), "type '" + t + "' of " + name + " is not one of " + Gold.TYPES);
        }
        return new Gold.Entity(name, type, strings(e.get("alt"), "alt of " + name), altTypes);
    }

    private Gold.Clause clause(Object o, List<String> parties, boolean required) {
        Map<?, ?> c = map(o, "clause");
        keys(c, CLAUSE_KEYS, "clause");
        String quote = string(c.get("quote"), "clause quote");
        String act = string(c.get("act"), "act of clause '" + quote + "'");
        require(!required || !"*".equals(act), "act '*' is only allowed in optional_clauses: " + quote);
        List<String> actors;
        Object a = c.get("actors");
        if ("parties".equals(a)) {
            actors = parties;
        } else {
            actors = strings(a, "actors of clause '" + quote + "'");
        }
        require(!required || c.containsKey("area"), "clause '" + quote + "' needs an area (a number or null)");
        return new Gold.Clause(quote, act, strings(c.get("alt_acts"), "alt_acts"), actors,
                integer(c.get("area"), "area of clause '" + quote + "'"));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(file + ": " + message);
        }
    }

    private void keys(Map<?, ?> m, Set<String> allowed, String what) {
        for (Object k : m.keySet()) {
            require(allowed.contains(String.valueOf(k)), what + " has unknown key '" + k + "' (quote names with commas): " + m);
        }
    }

    private Map<?, ?> map(Object o, String what) {
        require(o instanceof Map, what + " must be a mapping, got: " + o);
        return (Map<?, ?>) o;
    }

    private List<?> list(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        require(o instanceof List, what + " must be a list, got: " + o);
        return (List<?>) o;
    }

    private String string(Object o, String what) {
        String s = optionalString(o, what);
        require(s != null && !s.isBlank(), what + " is missing");
        return s;
    }

    private String optionalString(Object o, String what) {
        if (o == null) {
            return null;
        }
        require(o instanceof String, what + " must be a string (quote dates and numbers), got: " + o);
        return (String) o;
    }

    private List<String> strings(Object o, String what) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o, what)) {
            out.add(string(x, what));
        }
        return out;
    }

    private Integer integer(Object o, String what) {
        if (o == null) {
            return null;
        }
        require(o instanceof Integer, what + " must be an integer or null, got: " + o);
        return (Integer) o;
    }
}
