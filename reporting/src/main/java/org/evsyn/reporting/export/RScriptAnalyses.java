package org.evsyn.reporting.export;

import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.InfluenceRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;

/**
 * The analysis.R parts of an inverse-variance outcome's meta-regressions ({@code rma(yi, vi, mods = ~ x)}),
 * sensitivity analyses (the same {@code rma} call on a subset, or with the other model) and influence
 * diagnostics ({@code influence(res)}), each printed and checked against the report.
 */
final class RScriptAnalyses {

    private RScriptAnalyses() {
    }

    static void all(StringBuilder b, OutcomeAnalysis o, String v, String dat, String res) {
        for (int i = 0; i < o.regressions().size(); i++) {
            regression(b, o, o.regressions().get(i), v + "_" + (i + 1), dat);
        }
        for (SensitivityResult s : o.sensitivity()) {
            sensitivity(b, o, s, v, dat);
        }
        if (!o.influence().isEmpty()) {
            String inf = "inf_" + v;
            b.append("\n# Influence diagnostics of ").append(o.id()).append('\n');
            b.append(inf).append(" <- influence(").append(res).append(")\n");
            b.append("print(").append(inf).append(")\n");
            List<InfluenceRow> rows = o.influence();
            b.append("check(\"").append(o.id()).append(": studentized residuals\", ").append(inf)
                    .append("$inf$rstudent, ").append(RScript.vec(rows.stream().map(r -> r.values().rstudent())
                            .toList(), Numbers::exact)).append(")\n");
            b.append("check(\"").append(o.id()).append(": Cook's distances\", ").append(inf).append("$inf$cook.d, ")
                    .append(RScript.vec(rows.stream().map(r -> r.values().cooks()).toList(), Numbers::exact))
                    .append(", tol = 1e-5)\n");
            b.append("check(\"").append(o.id()).append(": influential studies\", ").append(inf).append("$is.infl, ")
                    .append(RScript.vec(rows.stream().map(InfluenceRow::influential).toList(),
                            x -> x ? "TRUE" : "FALSE")).append(")\n");
        }
    }

    private static void regression(StringBuilder b, OutcomeAnalysis o, MetaRegressionResult m, String v,
                                   String main) {
        MetaRegressionFit f = m.fit();
        String dat = "dat_mr_" + v;
        String fit = "mr_" + v;
        String x = rName(m.column());
        String what = o.id() + ": meta-regression on " + RScript.oneLine(m.moderator());
        b.append("\n# Meta-regression of ").append(o.id()).append(" on ").append(RScript.oneLine(m.moderator()))
                .append('\n');
        b.append(dat).append(" <- data.frame(\n");
        b.append("  study = ").append(RScript.vec(m.points().stream().map(p -> p.study()).toList(), RScript::string))
                .append(",\n");
        b.append("  ").append(x).append(" = ").append(RScript.vec(m.points().stream().map(p -> p.x()).toList(),
                Numbers::exact)).append(",\n");
        b.append("  yi = ").append(RScript.vec(m.points().stream().map(p -> p.yi()).toList(), Numbers::exact))
                .append(",\n");
        b.append("  vi = ").append(RScript.vec(m.points().stream().map(p -> p.vi()).toList(), Numbers::exact))
                .append(",\n");
        b.append("  stringsAsFactors = FALSE)\n");
        RConversions.fromMain(b, o, main, dat, what);
        b.append(fit).append(" <- ").append(call(f.options(), dat, x)).append('\n');
        b.append("print(").append(fit).append(")\n");
        b.append("check(").append(RScript.string(what + " coefficients")).append(", coef(").append(fit).append("), ")
                .append(RScript.vec(f.coefficients().stream().map(Coefficient::estimate).toList(), Numbers::exact))
                .append(")\n");
        b.append("check(").append(RScript.string(what + " standard errors")).append(", ").append(fit)
                .append("$se, ").append(RScript.vec(f.coefficients().stream().map(Coefficient::se).toList(),
                        Numbers::exact)).append(")\n");
        b.append("check(").append(RScript.string(what + " p-values")).append(", ").append(fit).append("$pval, ")
                .append(RScript.vec(f.coefficients().stream().map(Coefficient::pval).toList(), Numbers::exact))
                .append(")\n");
        f.moderatorTest().ifPresent(t -> b.append("check(").append(RScript.string(what + " QM")).append(", c(")
                .append(fit).append("$QM, ").append(fit).append("$QMp), c(").append(Numbers.exact(t.statistic()))
                .append(", ").append(Numbers.exact(t.pval())).append("))\n"));
        if (f.options().method().isRandomEffects()) {
            b.append("check(").append(RScript.string(what + " residual tau2")).append(", ").append(fit)
                    .append("$tau2, ").append(Numbers.exact(f.tau2())).append(")\n");
            if (Double.isFinite(f.r2())) {
                b.append("check(").append(RScript.string(what + " R2")).append(", ").append(fit).append("$R2, ")
                        .append(Numbers.exact(f.r2())).append(", tol = 1e-5)\n");
            }
        }
    }

    private static void sensitivity(StringBuilder b, OutcomeAnalysis o, SensitivityResult s, String v, String dat) {
        b.append("\n# Sensitivity analysis of ").append(o.id()).append(": ").append(RScript.oneLine(s.label()))
                .append('\n');
        if (s.pooled().isEmpty()) {
            b.append("# not run: ").append(RScript.oneLine(s.reason().orElse(""))).append('\n');
            b.append("cat(").append(RScript.string(o.id() + ": " + s.label() + ": not run: " + s.reason().orElse("")
                    + "\n")).append(")\n");
            return;
        }
        String fit = "sens_" + v + "_" + rName(s.key());
        String subset = s.omitted().isEmpty() ? ""
                : "!(study %in% " + RScript.vec(s.omitted(), RScript::string) + ")";
        b.append(fit).append(" <- ").append(RScript.fitCall(s.pooled().get(), o.measure().measure(), dat, subset)).append('\n');
        b.append("print(").append(fit).append(")\n");
        RScript.checks(b, o.id() + ": sensitivity " + s.key(), fit, s.pooled().get());
    }

    private static String call(ModelOptions o, String dat, String x) {
        boolean iterative = switch (o.method()) {
            case REML, ML, EB, PM -> true;
            default -> false;
        };
        String level = Numbers.exact(o.level()).replaceAll("\\.0$", "");
        return "rma(yi, vi, mods = ~ " + x + ", data = " + dat + ", method = \"" + o.method().name() + "\", test = \""
                + (o.test() == TestMethod.KNHA ? "knha" : "z") + "\", level = " + level
                + (iterative ? ", control = list(threshold = 1e-10, tol = 1e-12, maxiter = 1000)" : "") + ")";
    }

    /** A syntactic R name from a moderator or key: other characters become '_', a leading digit gets "x_". */
    static String rName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9_]", "_");
        return n.isEmpty() || !Character.isLetter(n.charAt(0)) ? "x_" + n : n;
    }
}
