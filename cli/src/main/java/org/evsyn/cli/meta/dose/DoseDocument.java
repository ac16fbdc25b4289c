package org.evsyn.cli.meta.dose;

import org.evsyn.cli.console.TerminalText;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.dose.PooledTrend;
import org.evsyn.stats.dose.StudyTrend;
import org.evsyn.stats.dose.TrendCoefficient;
import org.evsyn.stats.dose.TrendModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON layout and the printed summary of {@code evsyn dose-response} (keys documented in docs/dose-response.md). */
final class DoseDocument {

    private static final List<String> TERMS = List.of("dose", "dose^2");

    private DoseDocument() {
    }

    static Map<String, Object> of(DoseAnalysis a) {
        double level = a.options().level();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("design", a.options().design().label());
        options.put("model", a.options().model().name().toLowerCase(Locale.ROOT));
        options.put("correlation", a.options().correlated());
        options.put("method", a.options().method().name());
        options.put("level", a.options().level());
        out.put("options", options);
        List<Map<String, Object>> studies = new ArrayList<>();
        for (int i = 0; i < a.trends().size(); i++) {
            StudyTrend t = a.trends().get(i);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("study", t.label());
            s.put("design", a.designs().get(i).label());
            s.put("covariance_used", covariance(t.correlated()));
            s.put("coefficients", coefficients(t.intervals(level)));
            s.put("covariance", t.covariance());
            studies.add(s);
        }
        out.put("studies", studies);
        Object pooled = Double.NaN; // one study: nothing pooled; NaN prints as null
        if (a.linear().isPresent()) {
            pooled = linear(a.linear().get().fit());
        } else if (a.pooled().isPresent()) {
            pooled = common(a.pooled().get(), level);
        }
        out.put("pooled", pooled);
        return out;
    }

    private static Map<String, Object> linear(RmaFit f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", f.options().method().isRandomEffects() ? "random" : "common");
        p.put("method", f.options().method().name());
        p.put("k", f.k());
        p.put("slope", f.estimate());
        p.put("se", f.se());
        p.put("ci_lower", f.ciLower());
        p.put("ci_upper", f.ciUpper());
        p.put("z", f.stat());
        p.put("pval", f.pval());
        p.put("rr_per_unit", Math.exp(f.estimate()));
        p.put("rr_ci_lower", Math.exp(f.ciLower()));
        p.put("rr_ci_upper", Math.exp(f.ciUpper()));
        p.put("tau2", f.tau2());
        p.put("q", f.q());
        p.put("q_df", f.qDf());
        p.put("q_pval", f.qPval());
        p.put("i2", f.i2());
        return p;
    }

    private static Map<String, Object> common(PooledTrend t, double level) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("model", "common");
        p.put("method", "FE");
        p.put("k", t.studies().size());
        p.put("coefficients", coefficients(t.intervals(level)));
        p.put("covariance", t.covariance());
        p.put("q", t.q());
        p.put("q_df", t.qDf());
        p.put("q_pval", t.qPval());
        return p;
    }

    private static List<Map<String, Object>> coefficients(List<TrendCoefficient> terms) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int j = 0; j < terms.size(); j++) {
            TrendCoefficient t = terms.get(j);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("term", TERMS.get(j));
            c.put("estimate", t.estimate());
            c.put("se", t.se());
            c.put("ci_lower", t.ciLower());
            c.put("ci_upper", t.ciUpper());
            if (terms.size() == 1) {
                // Only a linear trend has one relative risk per unit dose.
                c.put("rr_per_unit", Math.exp(t.estimate()));
                c.put("rr_ci_lower", Math.exp(t.ciLower()));
                c.put("rr_ci_upper", Math.exp(t.ciUpper()));
            }
            out.add(c);
        }
        return out;
    }

    static List<String> textLines(DoseAnalysis a) {
        DoseAnalysis.Options o = a.options();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Dose-response meta-analysis: %s trend, %s covariance, %s%% CI",
                o.model().name().toLowerCase(Locale.ROOT), covariance(o.correlated()), plain(o.level())));
        lines.add("Study trends (log relative risk per unit dose):");
        for (int i = 0; i < a.trends().size(); i++) {
            StudyTrend t = a.trends().get(i);
            lines.add("  " + TerminalText.line(t.label()) + " (" + a.designs().get(i).label() + "):");
            terms(lines, t.intervals(o.level()), t.covariance());
        }
        if (a.linear().isPresent()) {
            RmaFit f = a.linear().get().fit();
            lines.add(String.format(Locale.ROOT, "Pooled (%s, %s, %d studies):",
                    f.options().method().isRandomEffects() ? "random effects" : "common effect",
                    f.options().method().name(), f.k()));
            lines.add(String.format(Locale.ROOT, "    dose: %.5f (SE %.5f) [%.5f, %.5f], p = %.4g; RR per unit "
                            + "dose %.4f [%.4f, %.4f]", f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.pval(),
                    Math.exp(f.estimate()), Math.exp(f.ciLower()), Math.exp(f.ciUpper())));
            lines.add(String.format(Locale.ROOT, "  Heterogeneity: tau^2 = %.6f, Q = %.4f (df %d, p = %.4g), "
                    + "I^2 = %.1f%%", f.tau2(), f.q(), f.qDf(), f.qPval(), f.i2()));
        } else if (a.pooled().isPresent()) {
            PooledTrend t = a.pooled().get();
            lines.add(String.format(Locale.ROOT, "Pooled (multivariate common effect, %d studies):",
                    t.studies().size()));
            terms(lines, t.intervals(o.level()), t.covariance());
            lines.add(String.format(Locale.ROOT, "  Heterogeneity: Q = %.4f (df %d, p = %.4g)", t.q(), t.qDf(),
                    t.qPval()));
        } else {
            lines.add("One study: nothing to pool.");
        }
        return lines;
    }

    private static void terms(List<String> lines, List<TrendCoefficient> terms, List<List<Double>> cov) {
        for (int j = 0; j < terms.size(); j++) {
            TrendCoefficient t = terms.get(j);
            String rr = terms.size() == 1 ? String.format(Locale.ROOT, "; RR per unit dose %.4f [%.4f, %.4f]",
                    Math.exp(t.estimate()), Math.exp(t.ciLower()), Math.exp(t.ciUpper())) : "";
            lines.add(String.format(Locale.ROOT, "    %s: %.5f (SE %.5f) [%.5f, %.5f]%s", TERMS.get(j), t.estimate(),
                    t.se(), t.ciLower(), t.ciUpper(), rr));
        }
        if (terms.size() == 2) {
            lines.add(String.format(Locale.ROOT, "    cov(dose, dose^2): %.6g", cov.get(0).get(1)));
        }
    }

    private static String covariance(boolean correlated) {
        return correlated ? "greenland-longnecker" : "independent";
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
