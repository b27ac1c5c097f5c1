package org.aigov.kg.graphview;

import java.util.Map;
import org.aigov.kg.export.NetworkBuilder;
import org.aigov.kg.export.Text;
import org.apache.jena.rdf.model.ResourceFactory;

/** The side panel's JSON for one node: its labels by language, its linked-data page and the sentences that mention it. */
final class NodeDetails {
    private NodeDetails() {}

    static String json(NetworkBuilder builder, String iri, String lang, String base) {
        return builder.read(() -> {
            Map<String, String> labels = builder.labelsOf(iri);
            StringBuilder out = new StringBuilder("{\"id\":").append(Text.json(iri));
            String label = labels.getOrDefault(lang, labels.getOrDefault("en", labels.getOrDefault("", labels.isEmpty() ? iri : labels.values().iterator().next())));
            out.append(",\"label\":").append(Text.json(label)).append(",\"labels\":{");
            String sep = "";
            for (var l : labels.entrySet()) {
                out.append(sep).append(Text.json(l.getKey())).append(':').append(Text.json(l.getValue()));
                sep = ",";
            }
            out.append("},\"page\":").append(Text.json(pageOf(iri, base))).append(",\"sentences\":[");
            StringBuilder sentences = new StringBuilder();
            builder.select(GraphViewQueries.get("sentences"), Map.of("node", ResourceFactory.createResource(iri)), r -> {
                if (sentences.length() > 0) sentences.append(',');
                sentences.append("{\"id\":").append(Text.json(r.getResource("sentence").getURI()))
                        .append(",\"text\":").append(Text.json(r.getLiteral("text").getLexicalForm()))
                        .append(",\"statement\":").append(Text.json(r.get("statement") == null ? "" : r.getResource("statement").getURI()))
                        .append(",\"title\":").append(Text.json(r.get("title") == null ? "" : r.getLiteral("title").getLexicalForm()))
                        .append('}');
            });
            return out.append(sentences).append("]}\n").toString();
        });
    }

    /** The server's own linked-data page for IRIs minted under the base (/id/…), else the IRI itself. */
    static String pageOf(String iri, String base) {
        return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
    }
}
