package org.aigov.kg.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.aigov.kg.publish.Labels;
import org.aigov.kg.publish.Linker;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;

/** The JSON of /timeline: statements, events and targets with their time spans, links to their pages and the facets to filter by. */
public final class TimelineData {
    private static final List<String> KINDS = List.of("statement", "event", "target");

    private final Graph union;
    private final Labels labels;
    private final Linker linker;

    /** @param union the served union graph, read inside the caller's transaction */
    public TimelineData(Graph union, String lang, Linker linker) {
        this.union = union;
        this.labels = new Labels(union, lang);
        this.linker = linker;
    }

    public JsonObject build() {
        Map<String, Map<String, TreeSet<String>>> links = new LinkedHashMap<>();
        select("links", r -> links.computeIfAbsent(r.getResource("item").getURI(), k -> new TreeMap<>())
                .computeIfAbsent(r.getLiteral("facet").getString(), k -> new TreeSet<>()).add(r.getResource("value").getURI()));
        Map<String, JsonObject> facets = new TreeMap<>();
        JsonArray items = new JsonArray();
        int undated = 0;
        for (String kind : KINDS) {
            Map<String, TimeSpan> dated = new TreeMap<>();
            List<String> all = new java.util.ArrayList<>();
            select(kind + "s", r -> {
                String iri = r.getResource("item").getURI();
                all.add(iri);
                TimeSpan span = r.contains("date") ? TimeSpan.parse(r.getLiteral("date").getLexicalForm()) : null;
                if (span != null) dated.merge(iri, span, (a, b) -> a.start().isBefore(b.start()) ? a : b);
            });
            undated += (int) all.stream().distinct().filter(i -> !dated.containsKey(i)).count();
            dated.forEach((iri, span) -> items.add(item(kind, iri, span, links, facets)));
        }
        JsonObject out = new JsonObject();
        out.put("items", items);
        out.put("undated", undated);
        JsonObject f = new JsonObject();
        facets.forEach(f::put);
        out.put("facets", f);
        return out;
    }

    /** One item; an event or target also counts the countries and forums of the statements it belongs to. */
    private JsonObject item(String kind, String iri, TimeSpan span, Map<String, Map<String, TreeSet<String>>> links, Map<String, JsonObject> facets) {
        Map<String, TreeSet<String>> itemLinks = links.getOrDefault(iri, Map.of());
        JsonObject o = new JsonObject();
        o.put("id", iri);
        o.put("kind", kind);
        o.put("label", label(iri));
        o.put("start", span.start().toString());
        o.put("end", span.end().toString());
        o.put("precision", span.precision());
        String href = linker.href(iri);
        o.put("href", href == null ? iri : href);
        for (String facet : List.of("statement", "country", "forum")) {
            JsonArray values = new JsonArray();
            TreeSet<String> own = new TreeSet<>(itemLinks.getOrDefault(facet, new TreeSet<>()));
            if (facet.equals("statement") && kind.equals("statement")) own.add(iri);
            if (!facet.equals("statement") && !kind.equals("statement")) {
                for (String st : itemLinks.getOrDefault("statement", new TreeSet<>())) {
                    own.addAll(links.getOrDefault(st, Map.of()).getOrDefault(facet, new TreeSet<>()));
                }
            }
            for (String v : own) {
                values.add(v);
                facets.computeIfAbsent(facet, k -> new JsonObject()).put(v, label(v));
            }
            o.put(facet, values);
        }
        return o;
    }

    private String label(String iri) {
        return labels.of(NodeFactory.createURI(iri));
    }

    private void select(String name, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create().query(query(name)).model(ModelFactory.createModelForGraph(union)).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String query(String name) {
        try (InputStream in = TimelineData.class.getResourceAsStream(name + ".rq")) {
            if (in == null) throw new IllegalStateException("missing query " + name + ".rq");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
