package org.evsyn.cli.meta;

import org.evsyn.core.domain.Plurals;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.analysis.PooledSummary;
import org.evsyn.stats.analysis.RegressionSummary;
import org.evsyn.stats.analysis.SubgroupSummary;
import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.sensitivity.StudyInfluence;
import org.evsyn.stats.subgroup.GroupResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The human-readable summary of one analysis, in the spirit of metafor's and RevMan's printouts: model line,
 * heterogeneity, pooled estimate (and ratios), per-study table, adjustments made, and the secondary analyses.
 * Numbers use {@link Locale#ROOT}.
 */
final class TextReport {

    private final StringBuilder out = new StringBuilder(4096);
    private final AnalysisResult r;
    private final EffectMeasure measure;
    private final boolean ratio;

    private TextReport(AnalysisResult r) {
        this.r = r;
        this.measure = r.options().method() == AnalysisMethod.PETO ? EffectMeasure.PETO : r.options().measure();
        this.ratio = measure.isRatio();
    }

    /**
     * Renders a result.
     *
     * @param r      the result
     * @param source the data source, for the heading
     * @return the report, ending in a line break
     */
    static String render(AnalysisResult r, String source) {
        TextReport t = new TextReport(r);
        t.heading(source);
        t.warnings();
        t.heterogeneity();
        t.pooled();
        t.studies();
        t.adjustments();
        t.secondary();
        return t.out.toString();
    }

    private void heading(String source) {
        AnalysisMethod m = r.options().method();
        String model = switch (m) {
            case FE -> "Fixed-effect (inverse-variance) model";
            case MH -> "Mantel-Haenszel fixed-effect model";
            case PETO -> "Peto fixed-effect model";
            default -> "Random-effects model (tau^2 estimator: " + m + ")";
        };
        line("%s, measure %s, %s test, %s%% confidence level", model, measureName(),
                r.model().statDf() > 0 ? "Knapp-Hartung t" : "z", num(r.options().level(), 0));
        line("Data: %s (%d %s; k = %d in the pooled estimate)", source, r.effects().given(),
                r.effects().given() == 1 ? "study" : "studies", r.model().k());
        line("");
    }

    /** Right under the heading, so a likelihood with several maxima is never missed. */
    private void warnings() {
        List<String> warnings = r.warnings();
        if (warnings.isEmpty()) {
            return;
        }
        warnings.forEach(w -> line("Warning: %s", w));
        line("");
    }

    private void heterogeneity() {
        PooledSummary p = r.model();
        line("Heterogeneity");
        if (r.options().method().isRandomEffects()) {
            String ci = r.tau2Interval().map(b -> b instanceof BlockOutcome.Computed<HeterogeneityInterval> c
                    ? String.format(Locale.ROOT, " (%s%% CI %s to %s)", num(r.options().level(), 0),
                    num(c.value().tau2Lower()), num(c.value().tau2Upper()))
                    : " (CI not available: " + ((BlockOutcome.Failed<HeterogeneityInterval>) b).message() + ")")
                    .orElse("");
            line("  tau^2 = %s%s, tau = %s", num(p.tau2()), ci, num(Math.sqrt(p.tau2())));
            r.tau2Interval().ifPresent(b -> {
                if (b instanceof BlockOutcome.Computed<HeterogeneityInterval> c) {
                    line("  I^2 = %s%% (CI %s%% to %s%%), H^2 = %s (CI %s to %s)", num(p.i2(), 2),
                            num(c.value().i2Lower(), 2), num(c.value().i2Upper(), 2), num(p.h2()),
                            num(c.value().h2Lower()), num(c.value().h2Upper()));
                } else {
                    line("  I^2 = %s%%, H^2 = %s", num(p.i2(), 2), num(p.h2()));
                }
            });
        } else {
            line("  I^2 = %s%%, H^2 = %s", num(p.i2(), 2), num(p.h2()));
        }
        String kHet = p.kHeterogeneity().isPresent() ? " over " + Plurals.of(p.kHeterogeneity().getAsInt(), "study", "studies") : "";
        line("  Q(df = %d) = %s, p %s%s", p.qDf(), num(p.q()), pval(p.qPval()), kHet);
        line("");
    }

    private void pooled() {
        PooledSummary p = r.model();
        line("Pooled estimate");
        String stat = p.statDf() > 0 ? "t(" + p.statDf() + ")" : "z";
        line("  %s = %s, se = %s, %s = %s, p %s", ratio ? "log " + measure : measureName(), num(p.estimate()),
                num(p.se()), stat, num(p.stat()), pval(p.pval()));
        line("  %s%% CI %s to %s", num(r.options().level(), 0), num(p.ciLower()), num(p.ciUpper()));
        r.prediction().ifPresent(pi -> line("  %s%% prediction interval %s to %s%s", num(r.options().level(), 0),
                num(pi.lower()), num(pi.upper()), pi.df() > 0 ? " (t, " + pi.df() + " df)" : ""));
        r.ratio().ifPresent(x -> {
            line("  %s = %s, %s%% CI %s to %s", ratioName(), num(x.estimate()), num(r.options().level(), 0),
                    num(x.ciLower()), num(x.ciUpper()));
            if (x.piLower().isPresent()) {
                line("  %s prediction interval %s to %s", ratioName(), num(x.piLower().getAsDouble()),
                        num(x.piUpper().getAsDouble()));
            }
        });
        r.cmh().ifPresent(t -> line("  Cochran-Mantel-Haenszel test: chi^2(1) = %s, p %s (with continuity correction)",
                num(t.stat()), pval(t.pval())));
        r.tarone().ifPresent(t -> line("  Tarone's test for heterogeneity: chi^2(%d) = %s, p %s", t.df(),
                num(t.stat()), pval(t.pval())));
        line("");
    }

    private void studies() {
        EffectSizeTable e = r.effects();
        // Every study given, in input order: the pooled ones with their estimate, the others marked excluded.
        String[] labels = new String[e.given()];
        StudyEstimate[] rows = new StudyEstimate[e.given()];
        List<StudyEstimate> estimates = r.fit().studyEstimates();
        for (int i = 0; i < estimates.size(); i++) {
            int position = e.studies().get(i).position();
            labels[position] = e.studies().get(i).label();
            rows[position] = estimates.get(i);
        }
        e.excluded().forEach(x -> labels[x.position()] = x.label());
        boolean iv = r.options().method().isInverseVariance();
        int width = Math.max(5, Math.min(40, java.util.Arrays.stream(labels).mapToInt(String::length).max()
                .orElse(5)));
        line("Studies (%s%% CIs from each study's own variance%s)", num(r.options().level(), 0),
                iv ? "; weights of the pooled model" : "");
        String effectHead = ratio ? "log " + measure : measure == EffectMeasure.GENERIC ? "yi" : measure.name();
        line("  %-" + width + "s %10s %21s%s%s", "study", effectHead, "CI",
                ratio ? String.format(Locale.ROOT, " %10s %21s", ratioName(), "CI") : "", iv ? "   weight" : "");
        for (int i = 0; i < labels.length; i++) {
            String label = truncate(labels[i], width);
            StudyEstimate s = rows[i];
            if (s == null) {
                line("  %-" + width + "s %10s", label, "excluded");
                continue;
            }
            String ratioPart = ratio ? String.format(Locale.ROOT, " %10s %21s", num(Math.exp(s.yi())),
                    "[" + num(Math.exp(s.ciLower())) + ", " + num(Math.exp(s.ciUpper())) + "]") : "";
            String weight = iv ? String.format(Locale.ROOT, " %7s%%", num(s.weightPercent(), 2)) : "";
            line("  %-" + width + "s %10s %21s%s%s", label, num(s.yi()), "[" + num(s.ciLower()) + ", "
                    + num(s.ciUpper()) + "]", ratioPart, weight);
        }
        line("");
    }

    private void adjustments() {
        List<String> notes = r.adjustments();
        if (notes.isEmpty()) {
            return;
        }
        line("Adjustments");
        notes.forEach(n -> line("  %s", n));
        line("");
    }

    private void secondary() {
        section("Leave-one-out", r.leaveOneOut(), this::leaveOneOut);
        section("Influence diagnostics", r.influence(), this::influence);
        section("Egger's regression test", r.egger(), this::egger);
        section("Begg and Mazumdar's rank correlation test", r.begg(), this::begg);
        section("Trim and fill (L0)", r.trimFill(), this::trimFill);
        section("Subgroups", r.subgroups(), this::subgroups);
        section("Meta-regression", r.metaRegression(), this::regression);
        section("Cumulative meta-analysis (input order)", r.cumulative(), this::cumulative);
    }

    private <T> void section(String title, Optional<BlockOutcome<T>> block, java.util.function.Consumer<T> body) {
        block.ifPresent(b -> {
            line(title);
            if (b instanceof BlockOutcome.Computed<T> c) {
                body.accept(c.value());
            } else {
                line("  not available: %s", ((BlockOutcome.Failed<T>) b).message());
            }
            line("");
        });
    }

    private void leaveOneOut(List<Refit> refits) {
        refitTable(refits, "omitted");
    }

    private void cumulative(List<Refit> refits) {
        refitTable(refits, "added");
    }

    private void refitTable(List<Refit> refits, String what) {
        int width = Math.max(7, Math.min(40, refits.stream().mapToInt(f -> f.study().length()).max().orElse(7)));
        line("  %-" + width + "s %10s %21s %10s %10s %8s", what, "estimate", "CI", "p", "tau^2", "I^2 %");
        for (Refit f : refits) {
            line("  %-" + width + "s %10s %21s %10s %10s %8s", truncate(f.study(), width), display(f.estimate()),
                    "[" + display(f.ciLower()) + ", " + display(f.ciUpper()) + "]", shortP(f.pval()),
                    num(f.tau2()), num(f.i2(), 2));
        }
    }

    private void influence(InfluenceDiagnostics d) {
        int k = d.studies().size();
        StudyInfluence maxCook = d.studies().stream().max(java.util.Comparator.comparingDouble(StudyInfluence::cooks))
                .orElseThrow();
        StudyInfluence maxHat = d.studies().stream().max(java.util.Comparator.comparingDouble(StudyInfluence::hat))
                .orElseThrow();
        long outliers = d.studies().stream().filter(s -> Math.abs(s.rstudent()) > 1.96).count();
        line("  largest Cook's distance: %s (%s); largest leverage: %s (hat %s, mean %s)", maxCook.study(),
                num(maxCook.cooks()), maxHat.study(), num(maxHat.hat()), num(1.0 / k));
        line("  studies with |studentised residual| > 1.96: %d of %d", outliers, k);
    }

    private void egger(EggerResult e) {
        line("  bias (coefficient of sei, as metafor regtest) = %s (se %s), t(%d) = %s, p %s", num(e.bias()), num(e.biasSe()), e.df(),
                num(e.stat()), pval(e.pval()));
        line("  limit estimate (se -> 0) = %s, CI %s to %s", num(e.limitEstimate()), num(e.limitCiLower()),
                num(e.limitCiUpper()));
    }

    private void begg(BeggResult b) {
        line("  Kendall's tau = %s, p %s (%s)", num(b.tau()), pval(b.pval()),
                b.exact() ? "exact" : "normal approximation");
    }

    private void trimFill(TrimFillResult t) {
        line("  estimated missing studies k0 = %d on the %s side", t.k0(), t.side().label());
        line("  adjusted estimate %s (se %s), CI %s to %s, tau^2 = %s", num(t.model().estimate()),
                num(t.model().se()), num(t.model().ciLower()), num(t.model().ciUpper()), num(t.model().tau2()));
        if (ratio) {
            RatioScale x = RatioScale.of(t.model());
            line("  adjusted %s %s, CI %s to %s", ratioName(), num(x.estimate()), num(x.ciLower()), num(x.ciUpper()));
        }
        if (t.k0() > 0) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.filled().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(num(t.filled().get(i).yi()));
            }
            line("  filled effects: %s", sb);
        }
    }

    private void subgroups(SubgroupSummary s) {
        int width = Math.max(5, Math.min(30, s.result().groups().stream().mapToInt(g -> g.level().length()).max()
                .orElse(5)));
        line("  by column '%s'", s.by());
        line("  %-" + width + "s %4s %10s %21s %10s %10s %8s", "group", "k", "estimate", "CI", "p", "tau^2", "I^2 %");
        for (GroupResult g : s.result().groups()) {
            line("  %-" + width + "s %4d %10s %21s %10s %10s %8s", truncate(g.level(), width), g.k(),
                    display(g.estimate()), "[" + display(g.ciLower()) + ", " + display(g.ciUpper()) + "]",
                    shortP(g.pval()), num(g.tau2()), num(g.i2(), 2));
        }
        var b = s.result().between();
        line("  test for subgroup differences: Q_between(df = %d) = %s, p %s", b.df(), num(b.q()), pval(b.pval()));
        s.result().mixed().ifPresent(m -> line("  mixed-effects test (common tau^2 = %s): %s = %s, p %s",
                num(m.residualTau2()), m.test().denominatorDf().isPresent()
                        ? "F(" + m.test().df() + ", " + m.test().denominatorDf().getAsInt() + ")"
                        : "chi^2(" + m.test().df() + ")", num(m.test().statistic()), pval(m.test().pval())));
    }

    private void regression(RegressionSummary s) {
        MetaRegressionFit f = s.fit();
        int width = Math.max(9, s.moderators().stream().mapToInt(String::length).max().orElse(9));
        line("  %-" + width + "s %10s %10s %10s %10s %21s", "", "coef", "se", f.statDf() > 0 ? "t" : "z", "p", "CI");
        for (Coefficient c : f.coefficients()) {
            line("  %-" + width + "s %10s %10s %10s %10s %21s", c.name(), num(c.estimate()), num(c.se()),
                    num(c.stat()), shortP(c.pval()), "[" + num(c.ciLower()) + ", " + num(c.ciUpper()) + "]");
        }
        f.moderatorTest().ifPresent(t -> line("  test of moderators: %s = %s, p %s",
                t.denominatorDf().isPresent() ? "F(" + t.df() + ", " + t.denominatorDf().getAsInt() + ")"
                        : "chi^2(" + t.df() + ")", num(t.statistic()), pval(t.pval())));
        line("  residual tau^2 = %s, I^2 = %s%%, H^2 = %s, R^2 = %s%%", num(f.tau2()), num(f.i2(), 2), num(f.h2()),
                num(f.r2(), 2));
        line("  residual heterogeneity QE(df = %d) = %s, p %s", f.qeDf(), num(f.qe()), pval(f.qePval()));
    }

    private String measureName() {
        return switch (measure) {
            case MD -> "mean difference";
            case SMD -> "standardised mean difference (Hedges' g)";
            case RR -> "risk ratio";
            case OR -> "odds ratio";
            case RD -> "risk difference";
            case PETO -> "Peto odds ratio";
            case GENERIC -> "effect (generic inverse variance)";
        };
    }

    private String ratioName() {
        return measure == EffectMeasure.RR ? "RR" : "OR";
    }

    private void line(String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String truncate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    private static String display(double x) {
        return Double.isNaN(x) ? "NA" : num(x);
    }

    /** A p-value for a table column: four decimals, or "<0.0001". */
    private static String shortP(double p) {
        return Double.isNaN(p) ? "NA" : p < 1e-4 ? "<0.0001" : num(p);
    }

    static String num(double x) {
        return num(x, 4);
    }

    static String num(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "NA";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    static String pval(double p) {
        if (Double.isNaN(p)) {
            return "= NA";
        }
        return p < 1e-4 ? "< 0.0001" : "= " + num(p);
    }
}
