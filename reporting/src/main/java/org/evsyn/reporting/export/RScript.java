package org.evsyn.reporting.export;

import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.ArmSummary;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.model.SubgroupAnalysisResult;
import org.evsyn.reporting.model.SubgroupLevel;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.sensitivity.Refit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes analysis.R: for every outcome a data frame of the per-study numbers the report used, the
 * {@code escalc} call that recomputes them from arm data, and the {@code rma} / {@code rma.mh} /
 * {@code rma.peto} call with the same method, test and level; then the subgroup, meta-regression, sensitivity,
 * leave-one-out, influence, small-study and cumulative calls. Each result is compared with the report's number and the script prints whether it
 * matches.
 */
public final class RScript {

    private RScript() {
    }

    /** The script text. */
    public static String of(ReviewReport report) {
        StringBuilder b = new StringBuilder();
        b.append("# analysis.R - reproduces every pooled analysis of the review\n");
        b.append("#   ").append(oneLine(report.title())).append('\n');
        b.append("# with the metafor package, from the per-study numbers shown in the report.\n");
        b.append("# Written by evsyn ").append(oneLine(report.reproducibility().evsynVersion()))
                .append("; evidence store ").append(oneLine(report.reproducibility().storeHash())).append(".\n");
        b.append("# Run with: Rscript analysis.R\n\n");
        b.append("library(metafor)\n\n");
        b.append("check <- function(what, got, want, tol = 1e-6) {\n");
        b.append("  ok <- isTRUE(all.equal(as.numeric(got), as.numeric(want), tolerance = tol))\n");
        b.append("  cat(sprintf(\"%-70s %s\\n\", what, if (ok) \"matches the report\" else \"DIFFERS from the report\"))\n");
        b.append("  invisible(ok)\n");
        b.append("}\n");
        RConversions.functions(b, report);
        for (OutcomeAnalysis o : report.outcomes()) {
            outcome(b, o);
        }
        return b.toString();
    }

    private static void outcome(StringBuilder b, OutcomeAnalysis o) {
        String v = o.id().replace('-', '_');
        String dat = "dat_" + v;
        String res = "res_" + v;
        b.append("\n## Outcome: ").append(oneLine(o.name())).append(" [").append(o.id()).append("]\n");
        dataFrame(b, dat, o.measure(), o.studies());
        RConversions.recompute(b, dat, o.id(), o, o.studies());
        escalc(b, dat, o);
        b.append(res).append(" <- ").append(fitCall(o.pooled(), o.measure().measure(), dat, "")).append('\n');
        b.append("print(").append(res).append(")\n");
        PooledResult p = o.pooled();
        checks(b, o.id() + ": pooled", res, p);
        if (p instanceof PooledResult.InverseVariance && p.prediction().isPresent()) {
            b.append("pred_").append(v).append(" <- ").append(PredictionInR.call(res, p.prediction().get()))
                    .append('\n');
            b.append("check(\"").append(o.id()).append(": prediction interval\", c(pred_").append(v)
                    .append("$pi.lb, pred_").append(v).append("$pi.ub), ")
                    .append(vec(List.of(p.prediction().get().lower(), p.prediction().get().upper()), Numbers::exact))
                    .append(")\n");
        }
        for (int i = 0; i < o.subgroups().size(); i++) {
            subgroup(b, o, o.subgroups().get(i), v + "_" + (i + 1));
        }
        boolean rma = p instanceof PooledResult.InverseVariance;
        if (!o.leaveOneOut().isEmpty()) {
            b.append("l1o_").append(v).append(" <- leave1out(").append(res).append(")\n");
            b.append("check(\"").append(o.id()).append(": leave-one-out estimates\", l1o_").append(v)
                    .append("$estimate, ").append(vec(o.leaveOneOut().stream().map(Refit::estimate).toList(),
                            Numbers::exact)).append(")\n");
        }
        // regtest/ranktest take the fitted model for rma fits, and the per-study yi/vi for MH and Peto fits.
        String biasInput = rma ? res : "yi, vi, data = " + dat;
        o.smallStudies().ifPresent(s -> {
            s.egger().ifPresent(e -> b.append("egger_").append(v).append(" <- regtest(").append(biasInput)
                    .append(", model = \"lm\", predictor = \"sei\")\n").append("check(\"").append(o.id())
                    .append(": Egger test p\", egger_").append(v).append("$pval, ").append(Numbers.exact(e.pval()))
                    .append(")\n"));
            s.begg().ifPresent(g -> b.append("begg_").append(v).append(" <- ranktest(").append(biasInput)
                    .append(")\n")
                    .append("check(\"").append(o.id()).append(": Begg test p\", begg_").append(v).append("$pval, ")
                    .append(Numbers.exact(g.pval())).append(")\n"));
            s.trimAndFill().filter(t -> rma).ifPresent(t -> b.append("tf_").append(v).append(" <- trimfill(").append(res)
                    .append(")\n").append("check(\"").append(o.id()).append(": trim-and-fill estimate\", tf_")
                    .append(v).append("$b, ").append(Numbers.exact(t.estimate())).append(")\n"));
        });
        if (rma) {
            RScriptAnalyses.all(b, o, v, dat, res);
        }
        if (!o.cumulative().isEmpty()) {
            b.append("cum_").append(v).append(" <- cumul(").append(res).append(")\n");
            b.append("check(\"").append(o.id()).append(": cumulative estimates\", cum_").append(v)
                    .append("$estimate, ").append(vec(o.cumulative().stream().map(Refit::estimate).toList(),
                            Numbers::exact)).append(")\n");
        }
    }

    private static void subgroup(StringBuilder b, OutcomeAnalysis o, SubgroupAnalysisResult s, String v) {
        String dat = "dat_sg_" + v;
        List<StudyResult> all = new ArrayList<>();
        List<String> levelOf = new ArrayList<>();
        for (SubgroupLevel l : s.levels()) {
            all.addAll(l.studies());
            l.studies().forEach(x -> levelOf.add(l.level()));
        }
        b.append("\n# Subgroups of ").append(o.id()).append(" by ").append(oneLine(s.variable())).append('\n');
        dataFrame(b, dat, o.measure(), all);
        RConversions.recompute(b, dat, o.id() + " subgroups", o, all);
        b.append(dat).append("$subgroup <- ").append(vec(levelOf, RScript::string)).append('\n');
        b.append("sg_").append(v).append(" <- list(\n");
        for (int i = 0; i < s.levels().size(); i++) {
            SubgroupLevel l = s.levels().get(i);
            b.append("  ").append(string(l.level())).append(" = ")
                    .append(fitCall(l.pooled(), o.measure().measure(), dat, "subgroup == " + string(l.level())))
                    .append(i + 1 < s.levels().size() ? ",\n" : "\n");
        }
        b.append(")\n");
        for (SubgroupLevel l : s.levels()) {
            checks(b, o.id() + ": subgroup " + oneLine(l.level()), "sg_" + v + "[[" + string(l.level()) + "]]",
                    l.pooled());
        }
        b.append("between_").append(v).append(" <- rma(yi = sapply(sg_").append(v)
                .append(", function(r) as.numeric(r$b)), sei = sapply(sg_").append(v)
                .append(", function(r) r$se), method = \"FE\")\n");
        b.append("check(\"").append(o.id()).append(": test for subgroup differences (Q)\", between_").append(v)
                .append("$QE, ").append(Numbers.exact(s.differences().q())).append(")\n");
    }

    static void checks(StringBuilder b, String what, String res, PooledResult p) {
        String w = string(what);
        b.append("check(").append(w.substring(0, w.length() - 1)).append(" estimate\", ").append(res)
                .append("$b, ").append(Numbers.exact(p.estimate())).append(")\n");
        b.append("check(").append(w.substring(0, w.length() - 1)).append(" CI\", c(").append(res).append("$ci.lb, ")
                .append(res).append("$ci.ub), c(").append(Numbers.exact(p.ciLower())).append(", ")
                .append(Numbers.exact(p.ciUpper())).append("))\n");
        if (p.randomEffects()) {
            b.append("check(").append(w.substring(0, w.length() - 1)).append(" tau2\", ").append(res)
                    .append("$tau2, ").append(Numbers.exact(p.tau2())).append(")\n");
        }
    }

    /** The fitting call with the report's method, test and level; {@code subset} may be "". */
    static String fitCall(PooledResult p, EffectMeasure measure, String dat, String subset) {
        String sub = subset.isEmpty() ? "" : ", subset = " + subset;
        String level = Numbers.exact(p.level()).replaceAll("\\.0$", "");
        if (p instanceof PooledResult.FixedEffectBinary fb) {
            return fb.peto()
                    ? "rma.peto(ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = " + dat + sub + ", level = " + level
                    + ")"
                    : "rma.mh(ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = " + dat + sub + ", measure = \""
                    + measure.name() + "\", level = " + level + ")";
        }
        ModelOptions o = ((PooledResult.InverseVariance) p).fit().options();
        // Iterative tau2 estimators converge as tightly as evsyn's own, so tau2 agrees to the printed digits.
        boolean iterative = switch (o.method()) {
            case REML, ML, EB, PM -> true;
            default -> false;
        };
        return "rma(yi, vi, data = " + dat + sub + ", method = \"" + o.method().name() + "\", test = \""
                + (o.test() == TestMethod.KNHA ? "knha" : "z") + "\", level = " + level
                + (iterative ? ", control = list(threshold = 1e-10, tol = 1e-12, maxiter = 1000)" : "") + ")";
    }

    private static void dataFrame(StringBuilder b, String dat, org.evsyn.reporting.model.ReportMeasure measure,
                                  List<StudyResult> studies) {
        b.append(dat).append(" <- data.frame(\n");
        b.append("  study = ").append(vec(studies.stream().map(StudyResult::study).toList(), RScript::string))
                .append(",\n");
        if (studies.stream().allMatch(StudyResult::hasArmData)) {
            ArmSummary first = studies.get(0).treatment().orElseThrow();
            if (first instanceof ArmSummary.Events && studies.stream().allMatch(s -> s.treatment().orElseThrow()
                    instanceof ArmSummary.Events && s.control().orElseThrow() instanceof ArmSummary.Events)) {
                b.append("  ai = ").append(ints(studies, s -> ((ArmSummary.Events) s.treatment().orElseThrow())
                        .events())).append(",\n");
                b.append("  n1i = ").append(ints(studies, s -> s.treatment().orElseThrow().total())).append(",\n");
                b.append("  ci = ").append(ints(studies, s -> ((ArmSummary.Events) s.control().orElseThrow())
                        .events())).append(",\n");
                b.append("  n2i = ").append(ints(studies, s -> s.control().orElseThrow().total())).append(",\n");
            } else if (studies.stream().allMatch(s -> s.treatment().orElseThrow() instanceof ArmSummary.Continuous
                    && s.control().orElseThrow() instanceof ArmSummary.Continuous)) {
                b.append("  m1i = ").append(vec(studies, s -> RConversions.mean(s, "experimental",
                        (ArmSummary.Continuous) s.treatment().orElseThrow()))).append(",\n");
                b.append("  sd1i = ").append(vec(studies, s -> RConversions.sd(s, "experimental",
                        (ArmSummary.Continuous) s.treatment().orElseThrow()))).append(",\n");
                b.append("  n1i = ").append(ints(studies, s -> s.treatment().orElseThrow().total())).append(",\n");
                b.append("  m2i = ").append(vec(studies, s -> RConversions.mean(s, "control",
                        (ArmSummary.Continuous) s.control().orElseThrow()))).append(",\n");
                b.append("  sd2i = ").append(vec(studies, s -> RConversions.sd(s, "control",
                        (ArmSummary.Continuous) s.control().orElseThrow()))).append(",\n");
                b.append("  n2i = ").append(ints(studies, s -> s.control().orElseThrow().total())).append(",\n");
            }
        }
        b.append("  yi = ").append(vec(studies, s -> RConversions.yi(s, measure))).append(",\n");
        b.append("  vi = ").append(vec(studies, s -> RConversions.vi(s, measure))).append(",\n");
        b.append("  stringsAsFactors = FALSE)\n");
    }

    private static void escalc(StringBuilder b, String dat, OutcomeAnalysis o) {
        List<StudyResult> s = o.studies();
        // Rows converted from printed values had their effect sizes recomputed already (RConversions).
        if (!s.stream().allMatch(StudyResult::hasArmData) || o.measure().measure() == EffectMeasure.GENERIC
                || s.stream().anyMatch(RConversions::converted)) {
            return;
        }
        boolean binary = s.get(0).treatment().orElseThrow() instanceof ArmSummary.Events;
        if (binary != o.measure().isBinary()) {
            return;
        }
        String es = "es_" + dat.substring(4);
        b.append("# The effect sizes recomputed from the arm data; the report used yi and vi above.\n");
        b.append(es).append(" <- escalc(measure = \"").append(o.measure().measure().name()).append("\", ")
                .append(binary ? "ai = ai, n1i = n1i, ci = ci, n2i = n2i"
                        : "m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i")
                .append(", data = ").append(dat).append(")\n");
        b.append("check(\"").append(o.id()).append(": effect sizes from arm data\", ").append(es).append("$yi, ")
                .append(dat).append("$yi)\n");
    }

    private static String ints(List<StudyResult> s, java.util.function.ToIntFunction<StudyResult> f) {
        return vec(s.stream().map(x -> f.applyAsInt(x)).toList(), String::valueOf);
    }

    private static String dbl(List<StudyResult> s, java.util.function.ToDoubleFunction<StudyResult> f) {
        return vec(s.stream().map(x -> f.applyAsDouble(x)).toList(), Numbers::exact);
    }

    static <T> String vec(List<T> values, Function<T, String> f) {
        List<String> parts = new ArrayList<>();
        values.forEach(x -> parts.add(f.apply(x)));
        return "c(" + String.join(", ", parts) + ")";
    }

    /** An R string literal with backslashes, quotes and control characters escaped. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
