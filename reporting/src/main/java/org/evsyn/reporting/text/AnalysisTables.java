package org.evsyn.reporting.text;

import org.evsyn.reporting.figures.PlotTexts;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.InfluenceRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.sensitivity.StudyInfluence;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of an outcome's meta-regressions, sensitivity analyses and influence diagnostics as display text;
 * HTML and Markdown print the same cells.
 */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    /** Headings of a meta-regression's coefficient table. */
    public static List<String> regressionHeader(OutcomeAnalysis o, MetaRegressionResult m) {
        String scale = o.measure().isRatio() ? " (log " + Measures.abbreviation(o.measure()) + ")" : "";
        return List.of("Coefficient", "Estimate" + scale, "SE", m.fit().statDf() > 0 ? "t" : "z", "P",
                PlotTexts.level(m.fit().options().level()) + " CI");
    }

    /** One row per coefficient, the intercept first, on the analysis scale; four decimals, as metafor prints. */
    public static List<List<String>> regression(MetaRegressionResult m) {
        List<List<String>> rows = new ArrayList<>();
        for (Coefficient c : m.fit().coefficients()) {
            // A slope per unit of the moderator is often small: two decimals would print it as 0.00.
            rows.add(List.of(c.name().equals("intrcpt") ? "intercept" : c.name(), Numbers.fixed(c.estimate(), 4),
                    Numbers.fixed(c.se(), 4), Numbers.two(c.stat()), Numbers.pValue(c.pval()).replace("= ", ""),
                    "[" + Numbers.fixed(c.ciLower(), 4) + ", " + Numbers.fixed(c.ciUpper(), 4) + "]"));
        }
        return rows;
    }

    /** Headings of the sensitivity table. */
    public static List<String> sensitivityHeader(OutcomeAnalysis o) {
        return List.of("Analysis", "k", Measures.abbreviation(o.measure()) + " ["
                        + PlotTexts.level(o.pooled().level()) + " CI]", "P", "Tau\u00B2", "I\u00B2",
                "Studies left out");
    }

    /** The main result first, then each sensitivity analysis; one not run gives its reason in the effect cell. */
    public static List<List<String>> sensitivity(OutcomeAnalysis o) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(o, "Main analysis (" + Methods.shortLabel(o.pooled()) + ")", o.pooled(), List.of()));
        for (SensitivityResult s : o.sensitivity()) {
            if (s.pooled().isPresent()) {
                rows.add(row(o, s.label(), s.pooled().get(), s.omitted()));
            } else {
                rows.add(List.of(s.label(), "-", "not run: " + s.reason().orElse(""), "-", "-", "-", "-"));
            }
        }
        return rows;
    }

    private static List<String> row(OutcomeAnalysis o, String label, PooledResult p, List<String> omitted) {
        return List.of(label, Integer.toString(p.k()),
                Measures.effectWithCi(o.measure(), p.estimate(), p.ciLower(), p.ciUpper()),
                Numbers.pValue(p.pval()).replace("= ", ""),
                p.randomEffects() ? Numbers.two(p.tau2()) : "-", Numbers.i2(p.i2()),
                omitted.isEmpty() ? "none" : String.join("; ", omitted));
    }

    /** Headings of the influence table. */
    public static List<String> influenceHeader() {
        return List.of("Study", "Studentized residual", "DFFITS", "Cook's distance", "Covariance ratio",
                "Tau\u00B2 without", "QE without", "Hat", "Weight (%)", "DFBETAS", "Influential");
    }

    /** One row per study; "yes" where metafor's rule flags the study. */
    public static List<List<String>> influence(OutcomeAnalysis o) {
        List<List<String>> rows = new ArrayList<>();
        for (InfluenceRow r : o.influence()) {
            StudyInfluence s = r.values();
            rows.add(List.of(s.study(), Numbers.two(s.rstudent()), Numbers.two(s.dffits()), Numbers.two(s.cooks()),
                    Numbers.two(s.covRatio()), Numbers.two(s.tau2Del()), Numbers.two(s.qeDel()),
                    Numbers.two(s.hat()), Numbers.weight(s.weight()), Numbers.two(s.dfbetas()),
                    r.influential() ? "yes" : "no"));
        }
        return rows;
    }

    /** The sentence under the influence table. */
    public static String influenceNote() {
        return "A study is flagged as influential by metafor's influence() rule: |DFFITS| > 3\u221A(p/(k \u2212 p)), "
                + "Cook's distance above the median of \u03C7\u00B2(p), hat > 3p/k, or |DFBETAS| > 1 (p = 1).";
    }
}
