package org.aigov.kg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/** Writes rows as an aligned text table for people: IRIs as prefixed names, strings without quotes. */
public final class TableWriter {
    private final PrefixMapping prefixes;
    private final int maxWidth;

    /** @param maxWidth the widest a cell may be; longer values end in "…" (the CSV output has them whole) */
    public TableWriter(PrefixMapping prefixes, int maxWidth) {
        this.prefixes = prefixes;
        this.maxWidth = Math.max(8, maxWidth);
    }

    public void write(ResultSet rows, PrintWriter out) {
        List<String> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[vars.size()];
        java.util.Arrays.fill(numeric, true);
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] line = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                RDFNode value = row.get(vars.get(i));
                line[i] = cell(value);
                if (value != null && !isNumber(value)) numeric[i] = false;
            }
            cells.add(line);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) width[i] = displayWidth(vars.get(i));
        for (String[] line : cells) for (int i = 0; i < line.length; i++) width[i] = Math.max(width[i], displayWidth(line[i]));
        printLine(out, vars.toArray(String[]::new), width, new boolean[vars.size()]);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        out.println(rule);
        for (String[] line : cells) printLine(out, line, width, numeric);
        out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    /** Columns of numbers only (counts, years, offsets) are right-aligned, so digits line up. */
    private static void printLine(PrintWriter out, String[] line, int[] width, boolean[] rightAligned) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
            if (i > 0) b.append(" | ");
            String pad = " ".repeat(width[i] - displayWidth(line[i]));
            if (rightAligned[i]) b.append(pad).append(line[i]);
            else b.append(line[i]).append(i < line.length - 1 ? pad : "");
        }
        out.println(b.toString().stripTrailing());
    }

    private static boolean isNumber(RDFNode value) {
        return value.isLiteral() && org.apache.jena.sparql.expr.NodeValue.makeNode(value.asNode()).isNumber();
    }

    /** Columns a terminal gives the text: combining marks none, East Asian wide characters two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** One value as a reader would write it; an unbound value is an empty cell. */
    String cell(RDFNode value) {
        if (value == null) return "";
        Node n = value.asNode();
        String text;
        if (n.isURI()) text = compact(n.getURI());
        else if (n.isBlank()) text = "_:" + n.getBlankNodeLabel();
        else if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            text = n.getLiteralLexicalForm() + (lang == null || lang.isEmpty() || lang.equalsIgnoreCase("en") ? "" : " @" + lang);
        } else text = n.toString();
        // one line per row: breaks inside sentence text become spaces
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() <= maxWidth) return text;
        int cut = maxWidth - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--; // never split a surrogate pair
        return text.substring(0, cut) + "…";
    }

    /** The shortest prefixed form under the longest matching namespace, else the IRI in angle brackets. */
    String compact(String iri) {
        String best = null;
        String bestNs = "";
        for (var e : prefixes.getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length() && iri.length() > ns.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }
}
