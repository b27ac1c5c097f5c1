package org.aigov.kg.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.aigov.kg.export.NetworkStyle;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.aigov.kg.vocab.AIGO;

/** What the document view of a statement shows, read from the graph: its text, mentions, clauses, side list and warnings. */
public record StatementText(String iri, String text, List<Mention> mentions, List<Clause> clauses,
                            Map<String, Map<String, List<String>>> clauseLinks, TreeMap<Integer, String> sentences,
                            Map<String, List<String[]>> side, List<String> warnings) {

    /** A recognised mention: its offsets, the entity and the entity's most specific type (local name, "" when unknown). */
    public record Mention(String iri, int begin, int end, String entity, String type) {}

    /** A clause: its number, span, sentence, speech act and strength IRIs (null when missing). */
    public record Clause(String iri, int number, int begin, int end, String sentence, String speechAct, String strength) {}

    /** Types in the order the most specific is picked (Forum before Organization); colours come from NetworkStyle. */
    static final List<String> TYPES = typeOrder();

    /** Reads the statement inside the caller's read transaction; null when it has no source text. */
    public static StatementText read(Graph union, String iri) {
        List<String> text = new ArrayList<>();
        select(union, "doc-text", iri, r -> text.add(r.getLiteral("text").getLexicalForm()));
        if (text.isEmpty()) return null;
        Map<String, Mention> mentions = new LinkedHashMap<>();
        select(union, "doc-mentions", iri, r -> {
            String type = r.contains("type") ? r.getResource("type").getURI().substring(AIGO.NS.length()) : "";
            Mention m = new Mention(uri(r, "mention"), r.getLiteral("b").getInt(), r.getLiteral("e").getInt(), uri(r, "entity"), type);
            mentions.merge(m.iri(), m, (a, b) -> rank(b.type()) < rank(a.type()) ? b : a);
        });
        List<Clause> clauses = new ArrayList<>();
        select(union, "doc-clauses", iri, r -> clauses.add(new Clause(uri(r, "clause"), number(uri(r, "clause")),
                r.getLiteral("b").getInt(), r.getLiteral("e").getInt(), uri(r, "sentence"), uri(r, "speechAct"), uri(r, "strength"))));
        Map<String, Map<String, List<String>>> links = new LinkedHashMap<>();
        select(union, "doc-clause-links", iri, r -> links.computeIfAbsent(uri(r, "clause"), k -> new LinkedHashMap<>())
                .computeIfAbsent(r.getLiteral("role").getString(), k -> new ArrayList<>()).add(uri(r, "value")));
        TreeMap<Integer, String> sentences = new TreeMap<>();
        select(union, "doc-sentences", iri, r -> sentences.put(r.getLiteral("b").getInt(), uri(r, "sentence")));
        Map<String, List<String[]>> side = new LinkedHashMap<>();
        select(union, "doc-side", iri, r -> side.computeIfAbsent(r.getLiteral("role").getString(), k -> new ArrayList<>())
                .add(new String[] {uri(r, "item"), uri(r, "sentence")}));
        List<String> warnings = new ArrayList<>();
        select(union, "doc-warnings", iri, r -> warnings.add(r.getLiteral("message").getLexicalForm()));
        return new StatementText(iri, text.get(0), List.copyOf(mentions.values()), clauses, links, sentences, side, warnings);
    }

    /** The values a clause links to in a role (actor, topic, mention, states). */
    public List<String> links(Clause c, String role) {
        return clauseLinks.getOrDefault(c.iri(), Map.of()).getOrDefault(role, List.of());
    }

    static int rank(String type) {
        int i = TYPES.indexOf(type);
        return i < 0 ? TYPES.size() : i;
    }

    private static List<String> typeOrder() {
        List<String> order = new ArrayList<>(NetworkStyle.types().keySet());
        order.add("Region");
        return List.copyOf(order);
    }

    private static void select(Graph union, String query, String iri, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create().query(Queries.get(query))
                .model(ModelFactory.createModelForGraph(union))
                .substitution("this", ResourceFactory.createResource(iri)).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static int number(String iri) {
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        return last.matches("\\d{1,9}") ? Integer.parseInt(last) : 0;
    }
}
