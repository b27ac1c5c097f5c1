package org.aigov.kg.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** Colours and shapes by node type and colours by relation: one palette for DOT, GEXF and the graph view. */
public final class NetworkStyle {
    /** How a node type is drawn: fill colour, Cytoscape.js shape, Graphviz shape. */
    public record Look(String color, String cytoscapeShape, String dotShape) {}

    private static final Look OTHER = new Look("#BBBBBB", "round-rectangle", "box");
    private static final Map<String, Look> TYPES = new LinkedHashMap<>();
    private static final Map<String, String> RELATIONS = new LinkedHashMap<>();

    static {
        // Okabe–Ito colours first: distinguishable with the common colour-vision deficiencies.
        TYPES.put("Country", new Look("#0072B2", "ellipse", "ellipse"));
        TYPES.put("Person", new Look("#CC79A7", "triangle", "triangle"));
        TYPES.put("Forum", new Look("#009E73", "hexagon", "hexagon"));
        TYPES.put("Organization", new Look("#56B4E9", "octagon", "octagon"));
        TYPES.put("Framework", new Look("#E69F00", "rectangle", "box"));
        TYPES.put("Initiative", new Look("#D55E00", "diamond", "diamond"));
        TYPES.put("Agreement", new Look("#F0E442", "pentagon", "pentagon"));
        TYPES.put("Event", new Look("#999933", "star", "star"));
        TYPES.put("Target", new Look("#882255", "vee", "invtriangle"));

        RELATIONS.put("clause", "#8C8C8C");
        RELATIONS.put("party", "#0072B2");
        RELATIONS.put("signatory", "#CC79A7");
        RELATIONS.put("represents", "#CC79A7");
        RELATIONS.put("co-chaired-by", "#009E73");
        RELATIONS.put("hosted-by", "#999933");
        RELATIONS.put("promoted-by", "#D55E00");
        RELATIONS.put("established-at", "#E69F00");
        RELATIONS.put("set-at", "#999933");
        RELATIONS.put("prepared-by", "#56B4E9");
        RELATIONS.put("from", "#882255");
        RELATIONS.put("to", "#882255");
    }

    private NetworkStyle() {}

    public static Look look(String type) {
        return TYPES.getOrDefault(type, OTHER);
    }

    public static String relationColor(String relation) {
        return RELATIONS.getOrDefault(relation, "#555555");
    }

    /** The node types with a look of their own, in legend order. */
    public static Map<String, Look> types() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    public static Map<String, String> relations() {
        return java.util.Collections.unmodifiableMap(RELATIONS);
    }

    /** A readable text colour (black or white) on the given fill. */
    public static String textOn(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16), g = Integer.parseInt(hex.substring(3, 5), 16), b = Integer.parseInt(hex.substring(5, 7), 16);
        return (0.299 * r + 0.587 * g + 0.114 * b) > 150 ? "#000000" : "#FFFFFF";
    }
}
