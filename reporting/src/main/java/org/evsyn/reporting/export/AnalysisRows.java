package org.evsyn.reporting.export;

import org.evsyn.reporting.format.Measures;
import org.evsyn.reporting.format.Methods;
import org.evsyn.reporting.model.InfluenceRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.model.NotRunAnalysis;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.sensitivity.StudyInfluence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of an outcome's meta-regressions, sensitivity analyses, influence diagnostics and analyses not run. */
final class AnalysisRows {

    private static final double NA = Double.NaN;

    private AnalysisRows() {
    }

    static List<ResultRow> of(OutcomeAnalysis o) {
        List<ResultRow> rows = new ArrayList<>();
        o.regressions().forEach(m -> regression(rows, o, m));
        for (SensitivityResult s : o.sensitivity()) {
            ResultDetails d = ResultDetails.of("", s.key(), String.join("; ", s.omitted()), s.reason().orElse(""));
            rows.add(s.pooled().isPresent() ? ResultRows.row(o, "sensitivity", "", s.pooled().get(), d)
                    : empty(o, "sensitivity", "", d));
        }
        for (InfluenceRow r : o.influence()) {
            rows.add(influence(o, r));
        }
        for (NotRunAnalysis n : o.notRun()) {
            rows.add(empty(o, n.kind(), n.kind().equals("subgroup") ? n.key() : "",
                    ResultDetails.of(n.kind().equals("metaregression") ? n.key() : "", "", "", n.reason())));
        }
        return rows;
    }

    private static void regression(List<ResultRow> rows, OutcomeAnalysis o, MetaRegressionResult m) {
        MetaRegressionFit f = m.fit();
        ReportMeasure measure = o.measure();
        String method = f.options().method().name();
        String test = f.options().test() == TestMethod.KNHA ? "knha" : "z";
        String model = f.options().method().isRandomEffects() ? "mixed-effects meta-regression"
                : "fixed-effect meta-regression";
        var qm = f.moderatorTest();
        rows.add(new ResultRow(o.id(), o.name(), "metaregression", "", measure.measure().name(), model, method, test,
                f.options().level(), f.k(), NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, f.tau2(), f.qe(), f.qeDf(),
                f.qePval(), f.i2(), new ResultDetails(m.column(), "", "", "",
                qm.map(t -> t.statistic()).orElse(NA), qm.map(t -> t.df()).orElse(0),
                qm.map(t -> t.pval()).orElse(NA), f.r2(), NA, NA, NA, NA, NA, NA, NA, NA, NA, Optional.empty())));
        for (Coefficient c : f.coefficients()) {
            rows.add(new ResultRow(o.id(), o.name(), "metaregression-coefficient", "", measure.measure().name(), model, method,
                    test, f.options().level(), f.k(), c.estimate(), c.se(), c.ciLower(), c.ciUpper(),
                    Measures.display(measure, c.estimate()), Measures.display(measure, c.ciLower()),
                    Measures.display(measure, c.ciUpper()), NA, NA, c.stat(), c.pval(), NA, NA, 0, NA, NA,
                    ResultDetails.of(m.column(), c.name(), "", "")));
        }
    }

    private static ResultRow influence(OutcomeAnalysis o, InfluenceRow r) {
        PooledResult p = o.pooled();
        StudyInfluence s = r.values();
        return new ResultRow(o.id(), o.name(), "influence", "", o.measure().measure().name(), Methods.model(p),
                ResultRows.tau2Method(p), ResultRows.test(p), p.level(), p.k(), NA, NA, NA, NA, NA, NA, NA, NA, NA,
                NA, NA, NA, NA, 0, NA, NA, new ResultDetails("", s.study(), "", "", NA, 0, NA, NA, s.rstudent(),
                s.dffits(), s.cooks(), s.covRatio(), s.tau2Del(), s.qeDel(), s.hat(), s.weight(), s.dfbetas(),
                Optional.of(r.influential())));
    }

    private static ResultRow empty(OutcomeAnalysis o, String analysis, String subgroup, ResultDetails d) {
        return new ResultRow(o.id(), o.name(), analysis, subgroup, o.measure().measure().name(), "", "", "", o.pooled().level(),
                0, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, 0, NA, NA, d);
    }
}
