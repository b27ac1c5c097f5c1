package org.aigov.kg.quality;

import java.util.List;
import java.util.Locale;

/** Renders evaluations as a readable table followed by every miss, for the console and gold-report.txt. */
final class ReportFormatter {
    private ReportFormatter() {}

    static String format(List<Evaluation> evaluations, String header) {
        StringBuilder sb = new StringBuilder(header).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-42s %-15s %5s %5s %5s %5s %5s %9s %7s %6s%n",
                "statement", "category", "gold", "tp", "fp", "fn", "pred", "precision", "recall", "f1"));
        for (Evaluation e : evaluations) {
            for (Score s : e.scores()) {
                sb.append(String.format(Locale.ROOT, "%-42s %-15s %5d %5d %5d %5d %5d %9.3f %7.3f %6.3f%n",
                        e.slug(), s.category(), s.gold(), s.tp(), s.fp(), s.fn(), s.tp() + s.fp(),
                        s.precision(), s.recall(), s.f1()));
            }
        }
        sb.append("\n(clause actors / clause areas: among matched clauses, tp = right, fn = wrong;"
                + " events: tp = date, ordinal and host exactly as the gold says)\n");
        for (Evaluation e : evaluations) {
            sb.append("\n== ").append(e.slug()).append(" ==\n");
            if (e.failure() != null) {
                sb.append("BUILD FAILED: ").append(e.failure()).append('\n');
            }
            for (Score s : e.scores()) {
                for (String m : s.misses()) {
                    sb.append("  ").append(m).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
