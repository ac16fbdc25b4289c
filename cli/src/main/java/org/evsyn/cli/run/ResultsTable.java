package org.evsyn.cli.run;

import org.evsyn.core.review.engine.OutcomeAnalyser;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The short results table `evsyn run` prints: one line per planned outcome. */
final class ResultsTable {

    private ResultsTable() {
    }

    static void print(PrintWriter out, ReviewAnalysis analysis, Map<String, String> changes) {
        out.printf(Locale.ROOT, "%-40s %3s %5s  %-26s %8s %5s  %-9s %s%n", "Outcome", "k", "N", "Effect (95% CI)",
                "P", "I2", "Certainty", "Change");
        for (OutcomeAnalysis o : analysis.outcomes()) {
            String name = o.dataset().outcome().label() + " (" + o.dataset().outcome().measure() + ")";
            String change = changes.getOrDefault(o.dataset().outcome().name(), "");
            if (o.main().isEmpty()) {
                out.printf(Locale.ROOT, "%-40s %3d %5s  %-26s %8s %5s  %-9s %s%n", clip(name), 0, "-",
                        "no usable data", "-", "-", "-", change);
                continue;
            }
            if (o.main().get() instanceof AnalysisOutcome.Failed f) {
                out.printf(Locale.ROOT, "%-40s %3s %5s  analysis failed: %s  %s%n", clip(name), "-", "-",
                        f.message(), change);
                continue;
            }
            AnalysisResult r = ((AnalysisOutcome.Completed) o.main().get()).result();
            int n = OutcomeAnalyser.pooledParticipants(o.dataset().included(), r);
            boolean ratio = r.options().measure().isRatio();
            double est = ratio ? Math.exp(r.model().estimate()) : r.model().estimate();
            double lo = ratio ? Math.exp(r.model().ciLower()) : r.model().ciLower();
            double hi = ratio ? Math.exp(r.model().ciUpper()) : r.model().ciUpper();
            String effect = String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", est, lo, hi);
            String p = r.model().pval() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", r.model().pval());
            String i2 = r.model().k() < 2 ? "-" : String.format(Locale.ROOT, "%.0f%%", r.model().i2());
            String certainty = o.grade().map(g -> g.certainty().label()).orElse("-");
            out.printf(Locale.ROOT, "%-40s %3d %5d  %-26s %8s %5s  %-9s %s%n", clip(name), r.model().k(), n, effect,
                    p, i2, certainty, change);
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
