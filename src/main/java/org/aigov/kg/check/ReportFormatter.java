package org.aigov.kg.check;

/** Prints a {@link Report} for people: one block per violation with focus node, path, message and value. */
public final class ReportFormatter {
    private final CompactNames names;

    public ReportFormatter(CompactNames names) { this.names = names; }

    public ReportFormatter() { this(CompactNames.standard()); }

    public String format(Report report) {
        StringBuilder out = new StringBuilder();
        for (Violation v : report.violations()) out.append(format(v));
        return out.toString();
    }

    public String format(Violation v) {
        return v.severity() + ": " + names.node(v.focus()) + "\n"
                + "    path    " + names.path(v.path()) + "\n"
                + "    message " + v.message() + "\n"
                + "    value   " + names.node(v.value()) + "\n";
    }
}
