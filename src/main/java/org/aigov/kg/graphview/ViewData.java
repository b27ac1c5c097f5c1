package org.aigov.kg.graphview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aigov.kg.export.Edge;
import org.aigov.kg.export.Network;
import org.aigov.kg.export.NetworkBuilder;
import org.aigov.kg.export.NetworkStyle;
import org.aigov.kg.export.Node;
import org.aigov.kg.export.Text;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The JSON the /graph page loads: the default network as Cytoscape.js elements (the exporter's
 * builder), each element tagged with the statements and priority areas it comes from, plus the
 * palette, statements, areas and speech acts the filters offer.
 */
final class ViewData {
    private ViewData() {}

    static String json(NetworkBuilder builder) {
        return builder.read(() -> {
            Network network = builder.defaultNetwork();
            Map<String, Set<String>> nodeStatements = new HashMap<>();
            Map<String, Set<String>> nodeAreas = new HashMap<>();
            builder.select(GraphViewQueries.get("node-statements"), Map.of(),
                    r -> add(nodeStatements, iri(r, "node"), iri(r, "statement")));
            builder.select(GraphViewQueries.get("node-areas"), Map.of(),
                    r -> add(nodeAreas, iri(r, "node"), iri(r, "area")));
            Map<String, Set<String>> edgeStatements = new HashMap<>();
            Map<String, Set<String>> edgeAreas = new HashMap<>();
            builder.select(GraphViewQueries.get("edge-facets"), Map.of(), r -> {
                RDFNode act = r.get("act");
                String key = iri(r, "source") + ' ' + iri(r, "target") + ' ' + (act == null ? "" : act.asLiteral().getLexicalForm());
                add(edgeStatements, key, iri(r, "statement"));
                if (r.get("area") != null) add(edgeAreas, key, iri(r, "area"));
            });
            Map<String, Statement> statements = new LinkedHashMap<>();
            builder.select(GraphViewQueries.get("statements"), Map.of(), r -> {
                Statement s = statements.computeIfAbsent(iri(r, "statement"),
                        id -> new Statement(id, r.get("title") == null ? id : r.getLiteral("title").getLexicalForm(), new ArrayList<>()));
                if (r.get("area") != null) {
                    String label = r.get("areaLabel") == null ? "" : r.getLiteral("areaLabel").getLexicalForm();
                    String number = r.get("number") == null ? "" : r.getLiteral("number").getLexicalForm() + ". ";
                    s.areas().add(new String[] {iri(r, "area"), number + label});
                }
            });
            return render(network, nodeStatements, nodeAreas, edgeStatements, edgeAreas, statements);
        });
    }

    private record Statement(String id, String title, List<String[]> areas) {}

    private static String iri(QuerySolution r, String var) {
        return r.getResource(var).getURI();
    }

    private static void add(Map<String, Set<String>> into, String key, String value) {
        into.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }

    private static String render(Network network, Map<String, Set<String>> nodeStatements, Map<String, Set<String>> nodeAreas,
                                 Map<String, Set<String>> edgeStatements, Map<String, Set<String>> edgeAreas,
                                 Map<String, Statement> statements) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\"elements\":{\"nodes\":[");
        Map<String, Integer> typeCounts = new TreeMap<>();
        String sep = "";
        for (Node n : network.nodes()) {
            typeCounts.merge(n.type(), 1, Integer::sum);
            out.append(sep).append("\n{\"data\":{\"id\":").append(Text.json(n.id()))
                    .append(",\"label\":").append(Text.json(n.label()))
                    .append(",\"type\":").append(Text.json(n.type()))
                    .append(",\"statements\":").append(n.statementCount())
                    .append(",\"inStatements\":").append(array(nodeStatements.get(n.id())))
                    .append(",\"areas\":").append(array(nodeAreas.get(n.id()))).append("}}");
            sep = ",";
        }
        out.append("],\"edges\":[");
        sep = "";
        int i = 0;
        Set<String> acts = new TreeSet<>();
        for (Edge e : network.edges()) {
            boolean clause = e.relation().equals("clause");
            if (clause) acts.add(e.label());
            String key = e.source() + ' ' + e.target() + ' ' + (clause ? e.label() : "");
            out.append(sep).append("\n{\"data\":{\"id\":\"e").append(i++).append('"')
                    .append(",\"source\":").append(Text.json(e.source()))
                    .append(",\"target\":").append(Text.json(e.target()))
                    .append(",\"relation\":").append(Text.json(e.relation()))
                    .append(",\"label\":").append(Text.json(e.label()))
                    .append(",\"weight\":").append(Text.number(e.weight()))
                    .append(",\"inStatements\":").append(array(edgeStatements.get(key)))
                    .append(",\"areas\":").append(array(edgeAreas.get(key))).append("}}");
            sep = ",";
        }
        out.append("]},\n\"types\":[");
        sep = "";
        List<String> types = new ArrayList<>(NetworkBuilder.ENTITY_TYPES);
        typeCounts.keySet().stream().filter(t -> !types.contains(t)).forEach(types::add);
        for (String t : types) {
            NetworkStyle.Look look = NetworkStyle.look(t);
            out.append(sep).append("{\"type\":").append(Text.json(t)).append(",\"color\":").append(Text.json(look.color()))
                    .append(",\"shape\":").append(Text.json(look.cytoscapeShape()))
                    .append(",\"count\":").append(typeCounts.getOrDefault(t, 0)).append('}');
            sep = ",";
        }
        out.append("],\n\"relations\":{");
        sep = "";
        for (var r : NetworkStyle.relations().entrySet()) {
            out.append(sep).append(Text.json(r.getKey())).append(':').append(Text.json(r.getValue()));
            sep = ",";
        }
        out.append("},\n\"acts\":").append(array(acts)).append(",\n\"statements\":[");
        sep = "";
        for (Statement s : statements.values()) {
            out.append(sep).append("{\"id\":").append(Text.json(s.id())).append(",\"title\":").append(Text.json(s.title())).append(",\"areas\":[");
            String asep = "";
            for (String[] a : s.areas()) {
                out.append(asep).append("{\"id\":").append(Text.json(a[0])).append(",\"label\":").append(Text.json(a[1])).append('}');
                asep = ",";
            }
            out.append("]}");
            sep = ",";
        }
        out.append("]}\n");
        return out.toString();
    }

    private static String array(Set<String> values) {
        if (values == null || values.isEmpty()) return "[]";
        StringBuilder b = new StringBuilder("[");
        String sep = "";
        for (String v : values) {
            b.append(sep).append(Text.json(v));
            sep = ",";
        }
        return b.append(']').toString();
    }
}
