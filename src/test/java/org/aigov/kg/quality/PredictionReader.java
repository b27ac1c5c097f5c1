package org.aigov.kg.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.aigov.kg.vocab.AIGO;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Reads one statement's predictions out of a built dataset with the SPARQL of src/test/resources/quality/. */
final class PredictionReader {
    private final Dataset dataset;
    private final String graph;
    private final Map<String, Set<String>> names = new HashMap<>();

    PredictionReader(Dataset dataset, String statementSlug) {
        this.dataset = dataset;
        this.graph = AIGO.GRAPH + statementSlug;
    }

    Predictions read() {
        return Txn.calculateRead(dataset, () -> {
            select("names", row -> names.computeIfAbsent(iri(row, "resource"), k -> new LinkedHashSet<>())
                    .add(row.getLiteral("name").getLexicalForm()));
            List<Predictions.Entity> entities = entities();
            return new Predictions(entities, clauses(), agreements(), events(entities), targets(), relations());
        });
    }

    private List<Predictions.Entity> entities() {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        select("entities", row -> types.computeIfAbsent(iri(row, "entity"), k -> new LinkedHashSet<>())
                .add(local(row.get("type"))));
        List<Predictions.Entity> out = new ArrayList<>();
        types.forEach((iri, t) -> out.add(new Predictions.Entity(iri, namesOf(iri), t)));
        return out;
    }

    private List<Predictions.Clause> clauses() {
        Map<String, ClauseRows> rows = new LinkedHashMap<>();
        select("clauses", row -> {
            ClauseRows c = rows.computeIfAbsent(iri(row, "clause"), k -> new ClauseRows());
            c.sentence = text(row, "sentenceText", c.sentence);
            c.text = text(row, "clauseText", c.text);
            if (row.get("act") != null) {
                c.acts.add(local(row.get("act")));
            }
            if (row.get("actor") != null) {
                c.actors.add(iri(row, "actor"));
            }
            if (row.get("area") != null) {
                c.area = row.getLiteral("area").getInt();
            }
        });
        List<Predictions.Clause> out = new ArrayList<>();
        rows.forEach((iri, c) -> out.add(new Predictions.Clause(iri, c.sentence, c.text, c.acts,
                c.actors.stream().map(this::namesOf).toList(), c.area)));
        return out;
    }

    private List<Predictions.Agreement> agreements() {
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, Set<String>> parties = new HashMap<>();
        Map<String, String> purposes = new HashMap<>();
        select("agreements", row -> {
            String a = iri(row, "agreement");
            kinds.merge(a, row.get("kind") == null ? "" : local(row.get("kind")),
                    (x, y) -> x.isEmpty() ? y : x.equals(y) || y.isEmpty() ? x : x + "+" + y);
            parties.computeIfAbsent(a, k -> new LinkedHashSet<>());
            if (row.get("party") != null) {
                parties.get(a).add(iri(row, "party"));
            }
            if (row.get("purpose") != null) {
                purposes.put(a, row.getLiteral("purpose").getLexicalForm());
            }
        });
        List<Predictions.Agreement> out = new ArrayList<>();
        kinds.forEach((a, kind) -> out.add(new Predictions.Agreement(a, kind,
                parties.get(a).stream().map(this::namesOf).toList(), purposes.getOrDefault(a, ""))));
        return out;
    }

    /** Events with facts in the statement's graph, plus the statement's other Event entities (with no facts). */
    private List<Predictions.Event> events(List<Predictions.Entity> entities) {
        Map<String, Set<String>> dates = new LinkedHashMap<>();
        Map<String, Set<Integer>> ordinals = new HashMap<>();
        Map<String, Set<String>> hosts = new HashMap<>();
        select("events", row -> {
            String e = iri(row, "event");
            dates.computeIfAbsent(e, k -> new LinkedHashSet<>());
            ordinals.computeIfAbsent(e, k -> new LinkedHashSet<>());
            hosts.computeIfAbsent(e, k -> new LinkedHashSet<>());
            if (row.get("date") != null) {
                dates.get(e).add(row.getLiteral("date").getLexicalForm());
            }
            if (row.get("ordinal") != null) {
                ordinals.get(e).add(row.getLiteral("ordinal").getInt());
            }
            if (row.get("host") != null) {
                hosts.get(e).add(iri(row, "host"));
            }
        });
        for (Predictions.Entity entity : entities) {
            if (entity.types().contains("Event") && !dates.containsKey(entity.iri())) {
                dates.put(entity.iri(), Set.of());
                ordinals.put(entity.iri(), Set.of());
                hosts.put(entity.iri(), Set.of());
            }
        }
        List<Predictions.Event> out = new ArrayList<>();
        dates.forEach((e, d) -> out.add(new Predictions.Event(e, namesOf(e), d, ordinals.get(e),
                hosts.get(e).stream().map(this::namesOf).toList())));
        return out;
    }

    private List<Predictions.Target> targets() {
        Map<String, TargetRows> rows = new LinkedHashMap<>();
        select("targets", row -> {
            TargetRows t = rows.computeIfAbsent(iri(row, "target"), k -> new TargetRows());
            if (row.get("quantity") != null) {
                t.quantity = new BigDecimal(row.getLiteral("quantity").getLexicalForm().strip()).longValue();
            }
            if (row.get("year") != null) {
                String y = row.getLiteral("year").getLexicalForm().strip();
                t.year = Integer.parseInt(y.substring(0, Math.min(4, y.length())));
            }
            if (row.get("from") != null) {
                t.from.add(iri(row, "from"));
            }
            if (row.get("to") != null) {
                t.to.add(iri(row, "to"));
            }
            t.label = text(row, "label", t.label);
        });
        List<Predictions.Target> out = new ArrayList<>();
        rows.forEach((iri, t) -> out.add(new Predictions.Target(iri, t.quantity, t.year,
                t.from.stream().map(this::namesOf).toList(), t.to.stream().map(this::namesOf).toList(), t.label)));
        return out;
    }

    private List<Predictions.Relation> relations() {
        List<Predictions.Relation> out = new ArrayList<>();
        select("relations", row -> out.add(new Predictions.Relation(namesOf(iri(row, "subject")),
                local(row.get("property")), namesOf(iri(row, "object")))));
        return out;
    }

    private Set<String> namesOf(String iri) {
        return names.getOrDefault(iri, Set.of());
    }

    private void select(String query, Consumer<QuerySolution> each) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(load(query));
        pss.setIri("graph", graph);
        pss.setIri("gazetteer", AIGO.GAZETTEER_GRAPH);
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                each.accept(rs.next());
            }
        }
    }

    static String load(String name) {
        String path = "/quality/" + name + ".rq";
        try (InputStream in = PredictionReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static String text(QuerySolution row, String var, String current) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return current;
        }
        String s = ((Literal) n).getLexicalForm();
        return current.isEmpty() || s.length() > current.length() ? s : current;
    }

    /** The last segment of a concept IRI: …/speech-act/call-upon → "call-upon", …#Forum → "Forum". */
    private static String local(RDFNode n) {
        String s = n.isURIResource() ? n.asResource().getURI() : n.toString();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return s.substring(cut + 1);
    }

    private static final class ClauseRows {
        String sentence = "";
        String text = "";
        final Set<String> acts = new LinkedHashSet<>();
        final Set<String> actors = new LinkedHashSet<>();
        Integer area;
    }

    private static final class TargetRows {
        Long quantity;
        Integer year;
        final Set<String> from = new LinkedHashSet<>();
        final Set<String> to = new LinkedHashSet<>();
        String label = "";
    }
}
