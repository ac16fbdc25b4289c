package org.evsyn.stats.differential;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisInput;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.analysis.AnalysisOptions;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.evsyn.stats.analysis.PooledSummary;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.model.PredictionInterval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The evsyn side of the differential test, and the only class of it that knows evsyn's API: a data set and a fit
 * request go in through {@link MetaAnalysisRunner} (main model only, no secondary blocks), the pooled numbers come
 * out. A change of the library's front door touches this class alone.
 */
final class EvsynFits {

    private final MetaAnalysisRunner runner = new MetaAnalysisRunner();

    /**
     * Fits one model.
     *
     * @param dataset the data
     * @param fit     measure, method and options
     * @return the numbers, or evsyn's refusal, or the crash (a programming error) that the fit caused
     */
    FitOutcome fit(DifferentialDataset dataset, FitRequest fit) {
        AnalysisInput input;
        AnalysisOptions options;
        try {
            input = AnalysisInput.of(rows(dataset));
            options = new AnalysisOptions(EffectMeasure.valueOf(fit.measure()), AnalysisMethod.valueOf(fit.method()),
                    fit.knha() ? TestMethod.KNHA : TestMethod.Z, fit.level(),
                    new ContinuityCorrection(0.5, CorrectionRule.ONLY0, fit.dropDoubleZero()), Set.of());
        } catch (IllegalArgumentException | StatsException e) {
            // Input validation (e.g. a study evsyn rejects): a refusal, as the CLI would report it.
            return new FitOutcome.Refused(String.valueOf(e.getMessage()));
        }
        AnalysisOutcome outcome;
        try {
            outcome = runner.run(input, options);
        } catch (RuntimeException e) {
            return new FitOutcome.Crashed(e.toString());
        }
        if (outcome instanceof AnalysisOutcome.Failed failed) {
            return new FitOutcome.Refused(failed.message());
        }
        AnalysisResult r = ((AnalysisOutcome.Completed) outcome).result();
        PooledSummary m = r.model();
        double piLower = r.prediction().map(PredictionInterval::lower).orElse(Double.NaN);
        double piUpper = r.prediction().map(PredictionInterval::upper).orElse(Double.NaN);
        return new FitOutcome.Fitted(new PooledNumbers(m.k(), m.estimate(), m.se(), m.ciLower(), m.ciUpper(),
                m.pval(), m.tau2(), m.i2(), m.h2(), m.q(), piLower, piUpper));
    }

    private static List<Study> rows(DifferentialDataset dataset) {
        return switch (dataset.kind()) {
            case BINARY -> {
                List<BinaryStudy> s = new ArrayList<>();
                for (StudyRow r : dataset.rows()) {
                    StudyRow.Binary b = (StudyRow.Binary) r;
                    s.add(new BinaryStudy(b.label(), b.treatEvents(), b.treatN(), b.ctrlEvents(), b.ctrlN()));
                }
                yield List.copyOf(s);
            }
            case CONTINUOUS -> {
                List<ContinuousStudy> s = new ArrayList<>();
                for (StudyRow r : dataset.rows()) {
                    StudyRow.Continuous c = (StudyRow.Continuous) r;
                    s.add(new ContinuousStudy(c.label(), c.treatN(), c.treatMean(), c.treatSd(), c.ctrlN(),
                            c.ctrlMean(), c.ctrlSd()));
                }
                yield List.copyOf(s);
            }
            case GENERIC -> {
                List<GenericStudy> s = new ArrayList<>();
                for (StudyRow r : dataset.rows()) {
                    StudyRow.Generic g = (StudyRow.Generic) r;
                    s.add(new GenericStudy(g.label(), g.yi(), g.vi()));
                }
                yield List.copyOf(s);
            }
        };
    }
}
