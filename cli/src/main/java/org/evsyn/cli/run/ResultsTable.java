package org.evsyn.cli.run;

import org.evsyn.cli.console.TerminalText;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The short results table `evsyn run` prints: one line per planned outcome. */
final class ResultsTable {

    /** What the report says where I² is undefined (every study's variance 0, so Q is not finite). */
    static final String NOT_APPLICABLE = "not applicable";

    private ResultsTable() {
    }

    static void print(PrintWriter out, ReviewResult result) {
        Map<String, String> changes = result.changeTexts();
        List<String[]> rows = new ArrayList<>();
        for (OutcomeAnalysis o : result.analysis().outcomes()) {
            String name = TerminalText.line(o.dataset().outcome().label() + " (" + o.dataset().outcome().measure()
                    + ")");
            String change = TerminalText.line(changes.getOrDefault(o.dataset().outcome().name(), ""));
            if (o.main().isEmpty()) {
                rows.add(new String[] {clip(name), "0", "-", "no usable data", "-", "-", "-", change});
                continue;
            }
            if (o.main().get() instanceof AnalysisOutcome.Failed f) {
                rows.add(new String[] {clip(name), null, TerminalText.line(f.message()), change});
                continue;
            }
            AnalysisResult r = ((AnalysisOutcome.Completed) o.main().get()).result();
            int n = result.pooledParticipants(o);
            boolean ratio = o.dataset().outcome().isRatio();
            double est = ratio ? Math.exp(r.model().estimate()) : r.model().estimate();
            double lo = ratio ? Math.exp(r.model().ciLower()) : r.model().ciLower();
            double hi = ratio ? Math.exp(r.model().ciUpper()) : r.model().ciUpper();
            String effect = String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", est, lo, hi);
            String p = r.model().pval() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", r.model().pval());
            String i2 = r.model().k() < 2 ? "-"
                    : Double.isFinite(r.model().i2()) ? String.format(Locale.ROOT, "%.0f%%", r.model().i2())
                    : NOT_APPLICABLE;
            String certainty = o.grade().map(g -> g.certainty().label()).orElse("-");
            rows.add(new String[] {clip(name), Integer.toString(r.model().k()), Integer.toString(n), effect, p, i2,
                    certainty, change});
        }
        // The I² column widens only when a row says "not applicable"; N for reviews of more than 99,999
        // participants (the BCG example has 357,347).
        int i2Width = 5;
        int nWidth = 5;
        for (String[] row : rows) {
            if (row[1] != null) {
                i2Width = Math.max(i2Width, row[5].length());
                nWidth = Math.max(nWidth, row[2].length());
            }
        }
        String format = "%-40s %3s %" + nWidth + "s  %-26s %8s %" + i2Width + "s  %-9s %s%n";
        out.printf(Locale.ROOT, format, "Outcome", "k", "N", "Effect (95% CI)", "P", "I2", "Certainty", "Change");
        for (String[] row : rows) {
            if (row[1] == null) {
                out.printf(Locale.ROOT, "%-40s %3s %" + nWidth + "s  analysis failed: %s  %s%n", row[0], "-", "-",
                        row[2], row[3]);
            } else {
                out.printf(Locale.ROOT, format, (Object[]) row);
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
