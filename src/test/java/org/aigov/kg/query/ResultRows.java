package org.aigov.kg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Rows of a SPARQL answer as maps of variable → term (null when unbound), for comparisons in tests. */
record ResultRows(List<String> vars, List<Map<String, Node>> rows) {

    static ResultRows of(ResultSet rs) {
        List<String> vars = rs.getResultVars();
        List<Map<String, Node>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Node> row = new HashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? null : n.asNode());
            }
            rows.add(row);
        }
        return new ResultRows(List.copyOf(vars), rows);
    }

    /** An expected-results file: SPARQL 1.1 TSV ({@code .tsv}) or SPARQL JSON ({@code .srj}). */
    static ResultRows read(Path file) throws IOException {
        String name = file.getFileName().toString();
        var lang = name.endsWith(".srj") || name.endsWith(".json") ? ResultSetLang.RS_JSON
                : name.endsWith(".csv") ? ResultSetLang.RS_CSV : ResultSetLang.RS_TSV;
        try (InputStream in = Files.newInputStream(file)) {
            return of(ResultSetMgr.read(in, lang));
        }
    }

    /** The rows cut down to {@code columns} (columns the answer lacks are an error in the test's setup). */
    ResultRows project(List<String> columns) {
        for (String c : columns) {
            if (!vars.contains(c)) throw new AssertionError("the answer has no column ?" + c + "; it has " + vars);
        }
        List<Map<String, Node>> cut = new ArrayList<>();
        for (Map<String, Node> r : rows) {
            Map<String, Node> m = new HashMap<>();
            for (String c : columns) m.put(c, r.get(c));
            cut.add(m);
        }
        return new ResultRows(columns, cut);
    }

    /** One row, readable: ?a=<iri> ?b="lit"@en. */
    static String show(List<String> columns, Map<String, Node> row) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            Node n = row.get(c);
            b.append(b.length() == 0 ? "" : "  ").append('?').append(c).append('=')
                    .append(n == null ? "(unbound)" : org.apache.jena.sparql.util.FmtUtils.stringForNode(n));
        }
        return b.toString();
    }
}
