package org.evsyn.cli.meta.sequential;

import org.evsyn.cli.console.TerminalText;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.Boundary;
import org.evsyn.stats.sequential.RequiredInformationSize;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON layout of {@code evsyn tsa} and {@code evsyn tsa boundaries} (keys documented in docs/sequential.md). */
final class TsaDocument {

    private TsaDocument() {
    }

    static Map<String, Object> of(TsaResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("measure", r.measure().name());
        out.put("method", r.method().name());
        out.put("log_scale", r.measure().isRatio());
        out.put("alpha", r.options().alpha());
        out.put("power", r.options().power());
        out.put("sides", r.options().sides());
        out.put("assumed", assumed(r.options().effect()));
        out.put("benefit_sign", r.options().effect().benefitSign());
        out.put("ris", ris(r.ris()));
        out.put("diversity", r.diversity());
        out.put("i2", r.inconsistency());
        out.put("trials", r.points().stream().map(TsaDocument::point).toList());
        Map<String, Object> pooled = new LinkedHashMap<>();
        pooled.put("estimate", r.estimate());
        pooled.put("se", r.se());
        pooled.put("ci_lower", r.ciLower());
        pooled.put("ci_upper", r.ciUpper());
        pooled.put("adjusted_z", r.adjustedZ());
        pooled.put("adjusted_ci_lower", r.adjustedLower());
        pooled.put("adjusted_ci_upper", r.adjustedUpper());
        out.put("pooled", pooled);
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("crossing", r.conclusion().crossing().name().toLowerCase(Locale.ROOT));
        conclusion.put("trial", r.conclusion().trial());
        conclusion.put("ris_reached", r.conclusion().risReached());
        conclusion.put("text", r.conclusion().text());
        out.put("conclusion", conclusion);
        out.put("excluded", r.excluded());
        return out;
    }

    static Map<String, Object> of(SpendingBoundaries b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("alpha", b.alpha());
        out.put("sides", b.sides());
        out.put("power", b.power());
        out.put("looks", b.looks().stream().map(TsaDocument::look).toList());
        return out;
    }

    private static Map<String, Object> assumed(AssumedEffect e) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (e instanceof AssumedEffect.RiskReduction r) {
            out.put("control_risk", r.controlRisk());
            out.put("rrr", r.relativeRiskReduction());
            out.put("intervention_risk", r.interventionRisk());
        } else {
            AssumedEffect.MeanDifference m = (AssumedEffect.MeanDifference) e;
            out.put("mean_difference", m.difference());
            out.put("sd", m.sd());
        }
        return out;
    }

    private static Map<String, Object> ris(RequiredInformationSize s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unadjusted", s.unadjusted());
        out.put("adjusted", s.adjusted());
        out.put("adjustment", s.adjustment().name().toLowerCase(Locale.ROOT));
        out.put("heterogeneity", s.heterogeneity());
        out.put("adjustment_factor", s.adjustmentFactor());
        out.put("delta", s.delta());
        out.put("variance", s.variance());
        return out;
    }

    private static Map<String, Object> point(TsaPoint p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trial", p.trial());
        out.put("study", p.label());
        out.put("participants", p.participants());
        out.put("fraction", p.fraction());
        out.put("estimate", p.estimate());
        out.put("se", p.se());
        out.put("z", p.z());
        out.put("benefit_boundary", p.benefit());
        out.put("harm_boundary", p.harm());
        out.put("futility_boundary", p.futility());
        out.put("futility_harm_boundary", p.futilityHarm());
        return out;
    }

    private static Map<String, Object> look(Boundary b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fraction", b.fraction());
        out.put("boundary", b.efficacy());
        out.put("futility", b.futility());
        out.put("alpha_spent", b.alphaSpent());
        out.put("beta_spent", b.betaSpent());
        return out;
    }

    /** Rows of the printed summary. */
    static List<String> textLines(TsaResult r) {
        List<String> lines = new java.util.ArrayList<>();
        RequiredInformationSize s = r.ris();
        lines.add(String.format(Locale.ROOT, "Trial sequential analysis: %s, %s, alpha %s (%d-sided), power %s",
                r.measure(), r.method(), plain(r.options().alpha()), r.options().sides(), plain(r.options().power())));
        lines.add(String.format(Locale.ROOT, "Required information size: %.0f participants (%.0f unadjusted, %s %.4f)",
                Math.ceil(s.adjusted()), Math.ceil(s.unadjusted()), s.adjustment().name(), s.heterogeneity()));
        lines.add(String.format(Locale.ROOT, "D2 %.4f, I2 %.4f", r.diversity(), r.inconsistency()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-5s %-24s %12s %9s %9s %9s %9s %9s", "trial", "study", "participants",
                "fraction", "z", "benefit", "harm", "futility"));
        for (TsaPoint p : r.points()) {
            lines.add(String.format(Locale.ROOT, "%-5d %-24s %12.0f %9.4f %9.4f %9s %9s %9s", p.trial(),
                    clip(p.label()), p.participants(), p.fraction(), p.z(), num(p.benefit()), num(p.harm()),
                    num(p.futility())));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Pooled %.4f (SE %.4f), CI [%.4f, %.4f]; TSA-adjusted (z %.4f) [%.4f, %.4f]%s",
                r.estimate(), r.se(), r.ciLower(), r.ciUpper(), r.adjustedZ(), r.adjustedLower(), r.adjustedUpper(),
                r.measure().isRatio() ? " (log scale)" : ""));
        lines.add("Conclusion: " + r.conclusion().text());
        if (!r.excluded().isEmpty()) {
            lines.add("Without an effect size (left out): " + String.join(", ", r.excluded()));
        }
        return lines;
    }

    static List<String> textLines(SpendingBoundaries b) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Lan-DeMets O'Brien-Fleming boundaries: alpha %s, %d-sided%s",
                plain(b.alpha()), b.sides(), Double.isNaN(b.power()) ? "" : ", power " + plain(b.power())));
        lines.add(String.format(Locale.ROOT, "%9s %9s %9s %12s", "fraction", "boundary", "futility", "alpha spent"));
        for (Boundary l : b.looks()) {
            lines.add(String.format(Locale.ROOT, "%9.4f %9.4f %9s %12.6f", l.fraction(), l.efficacy(),
                    num(l.futility()), l.alphaSpent()));
        }
        return lines;
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.4f", x);
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static String clip(String s) {
        String t = TerminalText.line(s);
        return t.length() <= 24 ? t : t.substring(0, 23) + "…";
    }
}
