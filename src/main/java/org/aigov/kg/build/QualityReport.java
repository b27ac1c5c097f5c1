package org.aigov.kg.build;

import java.util.ArrayList;
import java.util.List;
import org.aigov.kg.check.CompactNames;
import org.aigov.kg.check.Violation;
import org.aigov.kg.read.Document;
import org.aigov.kg.vocab.AIGO;
import org.aigov.kg.vocab.NIF;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A statement's completeness warnings: printed as "file:line: message", and kept in its graph as a
 * SHACL validation report ({@code aigo:qualityReport}) whose results carry the line they point at.
 */
public final class QualityReport {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** One warning as printed: where it is and what it says. */
    public record Warning(String location, String message, String focus) {
        @Override public String toString() { return "warning: " + location + ": " + message + " (" + focus + ")"; }
    }

    private QualityReport() {}

    /** Adds the report to {@code graph} (nothing when there are no warnings) and returns the warnings in order. */
    public static List<Warning> attach(Document doc, Graph graph, List<Violation> warnings, String statementIri) {
        List<Warning> out = new ArrayList<>();
        if (warnings.isEmpty()) return out;
        CompactNames names = CompactNames.standard();
        Node report = NodeFactory.createURI(statementIri + "/quality-report");
        add(graph, NodeFactory.createURI(statementIri), AIGO.qualityReport.asNode(), report);
        add(graph, report, RDF.type.asNode(), sh("ValidationReport"));
        add(graph, report, sh("conforms"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        add(graph, report, RDFS.label.asNode(), NodeFactory.createLiteralLang("Quality report of " + doc.slug(), "en"));
        int n = 0;
        for (Violation v : warnings) {
            int line = line(doc, graph, v.focus());
            Node r = NodeFactory.createURI(statementIri + "/quality-report/" + (++n));
            add(graph, report, sh("result"), r);
            add(graph, r, RDF.type.asNode(), sh("ValidationResult"));
            add(graph, r, sh("resultSeverity"), sh(v.severity()));
            add(graph, r, sh("focusNode"), v.focus());
            if (v.path() instanceof org.apache.jena.sparql.path.P_Link link) add(graph, r, sh("resultPath"), link.getNode());
            add(graph, r, sh("resultMessage"), NodeFactory.createLiteralString(v.message()));
            if (v.shape() != null && v.shape().isURI()) add(graph, r, sh("sourceShape"), v.shape());
            add(graph, r, AIGO.sourceLine.asNode(), NodeFactory.createLiteralDT(Integer.toString(line), XSDDatatype.XSDpositiveInteger));
            add(graph, r, RDFS.label.asNode(), NodeFactory.createLiteralLang("Warning " + n + " of " + doc.slug(), "en"));
            out.add(new Warning(doc.file() + ":" + line, v.message(), names.node(v.focus())));
        }
        return out;
    }

    /** The file line of the focus node's text (its own offsets, else its sentence's); the title line otherwise. */
    static int line(Document doc, Graph graph, Node focus) {
        Integer begin = beginIndex(graph, focus);
        if (begin == null) {
            for (Triple t : graph.find(focus, PROV_DERIVED, Node.ANY).toList()) {
                begin = beginIndex(graph, t.getObject());
                if (begin != null && !t.getObject().getURI().endsWith("/text")) break;
                begin = null;
            }
        }
        if (begin == null) begin = doc.titleSpan() != null ? doc.titleSpan().begin() : 0;
        int line = 1;
        String text = doc.text();
        for (int i = 0; i < Math.min(begin, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static Integer beginIndex(Graph graph, Node n) {
        if (!n.isURI() && !n.isBlank()) return null;
        var it = graph.find(n, NIF.beginIndex.asNode(), Node.ANY);
        try {
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).intValue() : null;
        } finally {
            it.close();
        }
    }

    private static Node sh(String local) { return NodeFactory.createURI(SH + local); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
