package org.aigov.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark report: each figure beside its reference with the ratio and the goal, printed as Markdown. */
public final class BenchTable {

    /** One line: what was measured, ours, the reference, their ratio and the goal it is held to. */
    public record Row(String measure, String unit, double ours, String referenceName, double reference,
                      String goal, Boolean met, String note) {
        public double ratio() {
            return reference == 0 || Double.isNaN(reference) ? Double.NaN : ours / reference;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public List<Row> rows() { return List.copyOf(rows); }

    /** A figure with a reference; goalMax/goalMin give the bound on the ratio (NaN = no bound). */
    public Row compare(String measure, String unit, double ours, String referenceName, double reference,
                       double goalMin, double goalMax, String note) {
        double ratio = reference == 0 ? Double.NaN : ours / reference;
        String goal = !Double.isNaN(goalMax) ? "≤ " + fmt(goalMax) + "x" : !Double.isNaN(goalMin) ? "≥ " + fmt(goalMin) + "x" : "";
        Boolean met = Double.isNaN(ratio) || goal.isEmpty() ? null
                : (Double.isNaN(goalMax) || ratio <= goalMax) && (Double.isNaN(goalMin) || ratio >= goalMin);
        Row r = new Row(measure, unit, ours, referenceName, reference, goal, met, note);
        rows.add(r);
        return r;
    }

    /** A figure with no reference (e.g. a count, or a check with its own pass condition). */
    public Row figure(String measure, String unit, double ours, String goal, Boolean met, String note) {
        Row r = new Row(measure, unit, ours, "", Double.NaN, goal, met, note);
        rows.add(r);
        return r;
    }

    /** True when no row missed its goal. */
    public boolean allGoalsMet() {
        return rows.stream().noneMatch(r -> Boolean.FALSE.equals(r.met()));
    }

    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| measure | ours | reference | ratio | goal | met | note |\n");
        sb.append("|---|---:|---:|---:|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.measure()).append(" | ").append(fmt(r.ours())).append(' ').append(r.unit())
              .append(" | ").append(r.referenceName().isEmpty() ? "" : fmt(r.reference()) + " " + r.unit() + " (" + r.referenceName() + ")")
              .append(" | ").append(Double.isNaN(r.ratio()) ? "" : fmt(r.ratio()) + "x")
              .append(" | ").append(r.goal())
              .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**")
              .append(" | ").append(r.note() == null ? "" : r.note()).append(" |\n");
        }
        return sb.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
