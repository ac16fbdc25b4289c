package org.evsyn.reporting;

import org.evsyn.reporting.model.ArmSummary;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.InfluenceRow;
import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.reporting.model.NotRunAnalysis;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.model.SensitivityResult;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Moderators;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Test data: self-management education for asthma (metadat dat.gibson2002, the 13 trials with complete mean/SD
 * data), SMD, REML, with a meta-regression on publication year, two sensitivity analyses, one planned analysis
 * that could not be run and the influence diagnostics. Fitted by stats; the expected numbers in the tests are
 * metafor 3.8-1's.
 */
final class GibsonAsthma {

    static final String[] LABELS = {"Cote 1997", "Ghosh 1998", "Hayward 1996", "Heard 1999", "Ignacio-Garcia 1995",
        "Knoell 1998", "Lahdensuo 1996", "Sommaruga 1995", "Zeiger 1991", "Garret 1994", "Neri 1996", "Hilton 1986",
        "Gallefoss 1999"};
    private static final double[][] ARMS = {
        {50, 2.2, 12.73, 54, 5.2, 12.5}, {140, 17.6, 24.2, 136, 34.1, 38.8}, {23, 0.38, 0.56, 19, 0.23, 0.29},
        {97, 2.09, 5.93, 94, 2.66, 4.95}, {35, 4.92, 6.05, 35, 20, 26.34}, {45, 0.85, 4.75, 55, 2.31, 9.16},
        {56, 2.8, 9, 59, 4.8, 7.2}, {20, 24.1, 11.8, 20, 31.8, 17.9}, {128, 1.4, 3.3, 143, 2.3, 7.6},
        {119, 6.23, 12.2, 100, 5.71, 8.57}, {32, 2.1, 8, 33, 5.1, 14}, {86, 0.73, 1.48, 100, 0.47, 1.2},
        {25, 8, 32, 24, 26, 70}};
    static final double[] YEAR = {1997, 1998, 1996, 1999, 1995, 1998, 1996, 1995, 1991, 1994, 1996, 1986, 1999};

    private GibsonAsthma() {
    }

    static OutcomeAnalysis outcome() {
        ModelOptions reml = new ModelOptions(Tau2Method.REML, TestMethod.Z, 95);
        List<ContinuousStudy> studies = IntStream.range(0, LABELS.length).mapToObj(i -> new ContinuousStudy(LABELS[i],
                (int) ARMS[i][0], ARMS[i][1], ARMS[i][2], (int) ARMS[i][3], ARMS[i][4], ARMS[i][5])).toList();
        EffectSizeTable effects = Meta.escalc(EffectMeasure.SMD, studies);
        RmaFit fit = Meta.rma(effects, reml);
        List<StudyResult> rows = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            StudyEstimate e = fit.studyEstimates().get(i);
            rows.add(new StudyResult(e.label(), Optional.of(new ArmSummary.Continuous(ARMS[i][1], ARMS[i][2],
                    (int) ARMS[i][0])), Optional.of(new ArmSummary.Continuous(ARMS[i][4], ARMS[i][5], (int) ARMS[i][3])),
                    e.yi(), e.vi(), e.ciLower(), e.ciUpper(), e.weightPercent()));
        }
        MetaRegressionFit reg = Meta.rma(effects, Moderators.of(Moderators.numeric("year", YEAR)), reml);
        List<MetaRegressionResult.RegressionPoint> points = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            EffectSize e = effects.studies().get(i);
            points.add(new MetaRegressionResult.RegressionPoint(e.label(), YEAR[i], e.yi(), e.vi()));
        }
        RmaFit fixed = Meta.rma(effects, reml.withMethod(Tau2Method.FE));
        List<ContinuousStudy> withoutHilton = studies.stream().filter(s -> !s.label().equals("Hilton 1986")).toList();
        RmaFit excluded = Meta.rma(Meta.escalc(EffectMeasure.SMD, withoutHilton), reml);
        InfluenceDiagnostics inf = fit.influence();
        List<InfluenceRow> influence = IntStream.range(0, LABELS.length)
                .mapToObj(i -> new InfluenceRow(inf.studies().get(i), inf.influential(i))).toList();
        return new OutcomeAnalysis("asthma", "Asthma symptoms (self-management education)", ReportMeasure.of(EffectMeasure.SMD),
                BenefitDirection.LOWER_IS_BETTER, rows, new PooledResult.InverseVariance(fit.model(), Optional.of(
                fit.predict())), List.of(), List.of(), Optional.empty(), List.of(),
                List.of(new MetaRegressionResult("year", "year", points, reg)),
                List.of(new SensitivityResult("fixed_vs_random", "Common-effect (fixed) model", List.of(),
                                Optional.of(new PooledResult.InverseVariance(fixed.model(), Optional.empty())),
                                Optional.empty()),
                        new SensitivityResult("exclude_high_rob", "Excluding high risk of bias", List.of("Hilton 1986"),
                                Optional.of(new PooledResult.InverseVariance(excluded.model(), Optional.of(
                                        excluded.predict()))), Optional.empty()),
                        new SensitivityResult("exclude_imputed", "Excluding imputed data", List.of(), Optional.empty(),
                                Optional.of("not needed: no imputed numbers in this outcome"))),
                influence,
                List.of(new NotRunAnalysis("metaregression", "dose_cells_per_kg", "Meta-regression on dose cells per kg",
                        "not possible: 2 comparisons report dose cells per kg (2 distinct values); at least 3 with "
                                + "differing values are needed")));
    }
}
