package org.evsyn.reporting.export;

import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.SubgroupAnalysisResult;
import org.evsyn.reporting.model.SubgroupLevel;
import org.evsyn.stats.TestMethod;

import java.util.ArrayList;
import java.util.List;

/** Lists every pooled result of a report as {@link ResultRow}s. */
public final class ResultRows {

    private ResultRows() {
    }

    /**
     * One row per pooled analysis: each outcome's overall result, each subgroup level, each trim-and-fill; then
     * each meta-regression (a model row and one row per coefficient), each sensitivity analysis, each study's
     * influence diagnostics, and each planned analysis that was not run, with its reason.
     */
    public static List<ResultRow> of(ReviewReport report) {
        List<ResultRow> rows = new ArrayList<>();
        for (OutcomeAnalysis o : report.outcomes()) {
            rows.add(row(o, "overall", "", o.pooled()));
            for (SubgroupAnalysisResult s : o.subgroups()) {
                for (SubgroupLevel l : s.levels()) {
                    rows.add(row(o, "subgroup", s.variable() + ": " + l.level(), l.pooled()));
                }
                rows.add(differences(o, s));
            }
            o.smallStudies().flatMap(x -> x.trimAndFill()).ifPresent(t -> {
                ReportMeasure m = o.measure();
                PooledResult p = o.pooled();
                rows.add(new ResultRow(o.id(), o.name(), "trim-and-fill", "", m.measure().name(), Methods.model(p),
                        tau2Method(p), test(p), p.level(), p.k() + t.k0(), t.estimate(), Double.NaN, t.ciLower(),
                        t.ciUpper(), Measures.display(m, t.estimate()), Measures.display(m, t.ciLower()),
                        Measures.display(m, t.ciUpper()), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN));
            });
            rows.addAll(AnalysisRows.of(o));
        }
        return rows;
    }

    /** The test for subgroup differences (Q between the levels' estimates), in the q columns. */
    private static ResultRow differences(OutcomeAnalysis o, SubgroupAnalysisResult s) {
        PooledResult p = o.pooled();
        var test = s.differences();
        int k = s.levels().stream().mapToInt(l -> l.pooled().k()).sum();
        double na = Double.NaN;
        return new ResultRow(o.id(), o.name(), "subgroup-differences", s.variable(), o.measure().measure().name(),
                Methods.model(p), tau2Method(p), test(p), p.level(), k, na, na, na, na, na, na, na, na, na, na, na, na,
                test.q(), test.df(), test.pval(), s.differencesI2());
    }

    static ResultRow row(OutcomeAnalysis o, String analysis, String subgroup, PooledResult p) {
        return row(o, analysis, subgroup, p, ResultDetails.NONE);
    }

    static ResultRow row(OutcomeAnalysis o, String analysis, String subgroup, PooledResult p, ResultDetails d) {
        ReportMeasure m = o.measure();
        double piLo = p.prediction().map(x -> x.lower()).orElse(Double.NaN);
        double piHi = p.prediction().map(x -> x.upper()).orElse(Double.NaN);
        return new ResultRow(o.id(), o.name(), analysis, subgroup, m.measure().name(), Methods.model(p), tau2Method(p),
                test(p), p.level(), p.k(), p.estimate(), p.se(), p.ciLower(), p.ciUpper(),
                Measures.display(m, p.estimate()), Measures.display(m, p.ciLower()), Measures.display(m, p.ciUpper()),
                piLo, piHi, p.stat(), p.pval(), p.tau2(), p.q(), p.qDf(), p.qPval(), p.i2(), d);
    }

    static String tau2Method(PooledResult p) {
        return p instanceof PooledResult.InverseVariance iv ? iv.fit().options().method().name() : "";
    }

    static String test(PooledResult p) {
        return p instanceof PooledResult.InverseVariance iv && iv.fit().options().test() == TestMethod.KNHA
                ? "knha" : "z";
    }
}
