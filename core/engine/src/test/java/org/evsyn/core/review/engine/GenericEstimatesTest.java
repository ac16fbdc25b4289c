package org.evsyn.core.review.engine;

import org.evsyn.core.domain.EffectEstimate;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.grade.GradeProposer;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.Pico;
import org.evsyn.core.review.plan.ReviewFiles;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.AnalysisResult;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Study-level estimates (GENERIC, scale ratio): made-up hazard ratios (test data). Expected values from metafor
 * 3.8-1:
 * <pre>
 * rma(yi=log(c(0.8, 1.2, 0.9)), sei=c((log(1.1)-log(0.6))/(2*qnorm(0.95)), 0.2, (log(1.3)-log(0.7))/(2*qnorm(0.975))),
 *     method="REML", control=list(threshold=1e-10, tol=1e-12, maxiter=1000))
 * # -0.065754954777945740, se 0.103690203513502693, tau2 0.000506873248724016
 * </pre>
 */
class GenericEstimatesTest {

    private final ReviewEngine engine = new ReviewEngine(new OutcomeDataExtractor(),
            new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer()));

    private static EffectEstimate ci(double hr, double lo, double hi, double level) {
        return new EffectEstimate(hr, OptionalDouble.empty(), OptionalDouble.of(lo), OptionalDouble.of(hi), level);
    }

    private static EffectEstimate se(double hr, double seLog) {
        return new EffectEstimate(hr, OptionalDouble.of(seLog), OptionalDouble.empty(), OptionalDouble.empty(), 95);
    }

    private OutcomeAnalysis analyse(List<ExtractedStudy> studies) {
        OutcomePlan death = new OutcomePlan("death", "Death", List.of(), Optional.of("ratio"),
                Direction.LOWER_IS_BETTER, "GENERIC", new TimepointRule.Last(OptionalDouble.empty(), true));
        ReviewPlan plan = new ReviewPlan("t", "Test review", new Pico("p", "i", "c", "o", Optional.empty(),
                Optional.empty(), Optional.empty()), List.of(), List.of(), new ReviewFiles(List.of("x.csv"),
                Optional.empty(), Optional.empty()), List.of(death), new ModelPlan(Tau2Method.REML, TestMethod.Z, 95),
                List.of(), Set.of(), List.of(), MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(), List.of(),
                new org.evsyn.core.review.attributes.AttributePacks().enabled(List.of()));
        return engine.analyse(plan, studies, List.of()).outcomes().get(0);
    }

    @Test
    void hazardRatiosAreLoggedWithTheStandardErrorFromTheirIntervalAtItsLevel() {
        OutcomeAnalysis a = analyse(List.of(
                TestStudies.study("A", 2010).estimate("death", 365.0, "cell", ci(0.8, 0.6, 1.1, 90)).build(),
                TestStudies.study("B", 2011).estimate("death", 365.0, "cell", se(1.2, 0.2)).build(),
                TestStudies.study("C", 2012).estimate("death", null, "cell", ci(0.9, 0.7, 1.3, 95)).build()));

        assertThat(a.main()).get().isInstanceOf(AnalysisOutcome.Completed.class);
        AnalysisResult r = ((AnalysisOutcome.Completed) a.main().get()).result();
        assertThat(r.model().k()).isEqualTo(3);
        assertThat(r.model().estimate()).isCloseTo(-0.065754954777945740, within(1e-6));
        assertThat(r.model().se()).isCloseTo(0.103690203513502693, within(1e-6));
        assertThat(r.model().tau2()).isCloseTo(0.000506873248724016, within(1e-6));
        assertThat(a.dataset().included().get(0).notes())
                .contains("standard error from the 90% confidence interval 0.6 to 1.1 on the log scale");
    }

    @Test
    void studiesWhoseEstimateCannotBeUsedAreLeftOutWithTheReason() {
        OutcomeAnalysis a = analyse(List.of(
                TestStudies.study("A", 2010).estimate("death", 365.0, "cell", se(1.2, 0.2)).build(),
                TestStudies.study("Negative", 2011).estimate("death", 365.0, "cell", se(-0.3, 0.2)).build(),
                TestStudies.study("Twice", 2012).estimate("death", 365.0, "cell", se(1.1, 0.2))
                        .estimate("death", 365.0, "control", se(0.9, 0.2)).build(),
                TestStudies.study("Arms only", 2013).events("death", 365.0, "cell", 20, 3)
                        .events("death", 365.0, "control", 20, 5).build()));

        assertThat(a.dataset().included()).extracting(StudyOutcomeData::studyId).containsExactly("A");
        assertThat(a.dataset().missing()).extracting(MissingOutcomeData::studyId, MissingOutcomeData::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Negative", "a ratio and its confidence interval must be "
                                + "> 0 (the outcome's scale is ratio), found -0.3"),
                        org.assertj.core.groups.Tuple.tuple("Twice", "several study-level estimates at this time "
                                + "point (rows of cell, control): not handled automatically"),
                        org.assertj.core.groups.Tuple.tuple("Arms only", "no study-level estimate (effect with "
                                + "effect_se or a confidence interval) at this time point (arms reported: cell, "
                                + "control)"));
    }
}
