package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;
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
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.Tau2Method;
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
 * Final values and change-from-baseline scores (Cochrane Handbook 10.5.2): a mean difference may combine them, a
 * standardised mean difference may not. All numbers are made-up test data. Expected values from R 4.2 / metafor
 * 3.8.1 on exactly the studies pooled:
 * <pre>
 * ctl &lt;- list(threshold=1e-10, tol=1e-12, maxiter=1000)
 * # SMD, final values of A, B and D (C reports change scores only and is left out)
 * rma(measure="SMD", m1i=c(10,8.2,6.0), sd1i=c(4,3.1,5), n1i=c(20,35,28),
 *     m2i=c(12.5,9,13.9), sd2i=c(4.5,3.4,5.2), n2i=c(22,33,30), method="REML", test="z", control=ctl)
 * # MD, A, B, D final values and C change scores together
 * rma(measure="MD", m1i=c(10,8.2,-3,6.0), sd1i=c(4,3.1,2.5,5), n1i=c(20,35,15,28),
 *     m2i=c(12.5,9,-1.2,13.9), sd2i=c(4.5,3.4,2.8,5.2), n2i=c(22,33,16,30), method="REML", test="z", control=ctl)
 * # SMD, final values of A and E (E also reports change scores at the same time point)
 * rma(measure="SMD", m1i=c(10,9), sd1i=c(4,3), n1i=c(20,25),
 *     m2i=c(12.5,11), sd2i=c(4.5,3.5), n2i=c(22,25), method="REML", test="z", control=ctl)
 * </pre>
 */
class FinalValuesAndChangeScoresTest {

    private static final double TOL = 1e-6;

    private final ReviewEngine engine = new ReviewEngine(new OutcomeDataExtractor(),
            new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer()));

    private static OutcomePlan nihss(String measure) {
        return new OutcomePlan("nihss", "NIHSS", List.of(), Optional.empty(), Direction.LOWER_IS_BETTER, measure,
                new TimepointRule.Last(OptionalDouble.empty(), false));
    }

    private static ReviewPlan plan(OutcomePlan outcome) {
        return new ReviewPlan("t", "Test review", new Pico("p", "i", "c", "o", Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(), List.of(), new ReviewFiles(List.of("x.csv"), Optional.empty(),
                Optional.empty()), List.of(outcome), new ModelPlan(Tau2Method.REML, TestMethod.Z, 95), List.of(),
                Set.of(), List.of(), MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(),
                List.of("stem-cell-stroke"), new org.evsyn.core.review.attributes.AttributePacks().enabled(List.of("stem-cell-stroke")));
    }

    private OutcomeAnalysis analyse(String measure, List<ExtractedStudy> studies) {
        return engine.analyse(plan(nihss(measure)), studies, List.of()).outcomes().get(0);
    }

    private static AnalysisResult completed(OutcomeAnalysis a) {
        assertThat(a.main()).get().isInstanceOf(AnalysisOutcome.Completed.class);
        return ((AnalysisOutcome.Completed) a.main().get()).result();
    }

    private static ExtractedStudy finalA() {
        return TestStudies.study("Test A", 2011).meanSd("nihss", 90.0, "cell", 20, 10.0, 4.0)
                .meanSd("nihss", 90.0, "control", 22, 12.5, 4.5).build();
    }

    private static ExtractedStudy finalB() {
        return TestStudies.study("Test B", 2012).meanSd("nihss", 90.0, "cell", 35, 8.2, 3.1)
                .meanSd("nihss", 90.0, "control", 33, 9.0, 3.4).build();
    }

    private static ExtractedStudy changeOnlyC() {
        return TestStudies.study("Test C", 2013).changeMeanSd("nihss", 90.0, "cell", 15, -3.0, 2.5)
                .changeMeanSd("nihss", 90.0, "control", 16, -1.2, 2.8).build();
    }

    private static ExtractedStudy finalD() {
        return TestStudies.study("Test D", 2014).meanSd("nihss", 90.0, "cell", 28, 6.0, 5.0)
                .meanSd("nihss", 90.0, "control", 30, 13.9, 5.2).build();
    }

    @Test
    void smdWithMixedKindsPoolsOnlyFinalValuesAndSaysWhichStudiesAreLeftOut() {
        OutcomeAnalysis a = analyse("SMD", List.of(finalA(), finalB(), changeOnlyC(), finalD()));

        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(3);
        assertThat(res.effects().labels()).containsExactlyInAnyOrder("Test A", "Test B", "Test D");
        assertThat(res.model().estimate()).isCloseTo(-0.770702955467349, within(TOL));
        assertThat(res.model().se()).isCloseTo(0.386977806962782, within(TOL));
        assertThat(res.model().ciLower()).isCloseTo(-1.52916551993069, within(TOL));
        assertThat(res.model().ciUpper()).isCloseTo(-0.0122403910040032, within(TOL));
        assertThat(res.model().tau2()).isCloseTo(0.367298587524383, within(TOL));
        assertThat(a.dataset().missing()).singleElement().satisfies(m -> {
            assertThat(m.studyId()).isEqualTo("Test C");
            assertThat(m.reason()).startsWith("change from baseline only").contains("Cochrane Handbook 10.5.2");
        });
        assertThat(a.statements()).anyMatch(s -> s.startsWith("The standardised mean difference pools final values "
                + "only") && s.endsWith("change from baseline without usable final values: Test C."));
    }

    @Test
    void mdWithMixedKindsPoolsAllStudiesAndNamesThoseWithChangeScores() {
        OutcomeAnalysis a = analyse("MD", List.of(finalA(), finalB(), changeOnlyC(), finalD()));

        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(4);
        assertThat(res.model().estimate()).isCloseTo(-3.14062995758377, within(TOL));
        assertThat(res.model().se()).isCloseTo(1.54914125866677, within(TOL));
        assertThat(res.model().ciLower()).isCloseTo(-6.1768910315357, within(TOL));
        assertThat(res.model().ciUpper()).isCloseTo(-0.104368883631849, within(TOL));
        assertThat(res.model().tau2()).isCloseTo(8.36460450215137, within(1e-5));
        assertThat(a.dataset().missing()).isEmpty();
        assertThat(a.dataset().included()).filteredOn(d -> d.studyId().equals("Test C")).singleElement()
                .satisfies(d -> assertThat(d.valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.CHANGE));
        assertThat(a.statements()).anyMatch(s -> s.startsWith("Change-from-baseline scores and final values are "
                + "combined in the mean difference") && s.endsWith("change scores from: Test C."));
    }

    @Test
    void aStudyReportingBothKindsAtTheTimePointUsesItsFinalValues() {
        // Test E has final values and change scores for both arms at day 90: one comparison, of final values.
        ExtractedStudy both = TestStudies.study("Test E", 2015)
                .meanSd("nihss", 90.0, "cell", 25, 9.0, 3.0).changeMeanSd("nihss", 90.0, "cell", 25, -4.0, 2.0)
                .changeMeanSd("nihss", 90.0, "control", 25, -2.0, 2.2).meanSd("nihss", 90.0, "control", 25, 11.0, 3.5)
                .build();

        OutcomeAnalysis a = analyse("SMD", List.of(finalA(), both, changeOnlyC()));

        StudyOutcomeData e = a.dataset().included().stream().filter(d -> d.studyId().equals("Test E"))
                .findFirst().orElseThrow();
        assertThat(e.valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.FINAL);
        assertThat(e.treatment().mean()).hasValue(9.0);
        assertThat(e.control().mean()).hasValue(11.0);
        assertThat(e.notes()).contains("final values used; change from baseline also reported");
        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(2);
        assertThat(res.model().estimate()).isCloseTo(-0.590454158823976, within(TOL));
        assertThat(res.model().se()).isCloseTo(0.213118168491276, within(TOL));
        assertThat(a.dataset().missing()).extracting(MissingOutcomeData::studyId).containsExactly("Test C");
    }

    @Test
    void smdFallsBackOnAStudysFinalValuesAtAnotherTimePointRatherThanLeavingItOut() {
        // Test F: final values at day 90, change scores only at day 180, which the "last" rule would pick.
        ExtractedStudy f = TestStudies.study("Test F", 2016)
                .meanSd("nihss", 90.0, "cell", 18, 7.0, 3.0).meanSd("nihss", 90.0, "control", 18, 8.5, 3.2)
                .changeMeanSd("nihss", 180.0, "cell", 18, -5.0, 2.0)
                .changeMeanSd("nihss", 180.0, "control", 18, -3.0, 2.5)
                .build();

        OutcomeDataset smd = new OutcomeDataExtractor().extract(nihss("SMD"), List.of(finalA(), f),
                MultiArmRule.COMBINE_ARMS);
        OutcomeDataset md = new OutcomeDataExtractor().extract(nihss("MD"), List.of(finalA(), f),
                MultiArmRule.COMBINE_ARMS);

        StudyOutcomeData forSmd = smd.included().get(1);
        assertThat(forSmd.valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.FINAL);
        assertThat(forSmd.timepointDays()).hasValue(90);
        assertThat(forSmd.notes()).anyMatch(n -> n.contains("change from baseline at 180 days not used"));
        assertThat(smd.missing()).isEmpty();
        // MD may use the change scores the time-point rule picks.
        assertThat(md.included().get(1).valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.CHANGE);
        assertThat(md.included().get(1).timepointDays()).hasValue(180);
    }

    @Test
    void smdOfChangeScoresOnlyPoolsThemAndSaysSo() {
        ExtractedStudy c2 = TestStudies.study("Test C2", 2017).changeMeanSd("nihss", 90.0, "cell", 12, -2.0, 2.0)
                .changeMeanSd("nihss", 90.0, "control", 12, -1.0, 2.1).build();

        OutcomeAnalysis a = analyse("SMD", List.of(changeOnlyC(), c2));

        assertThat(completed(a).model().k()).isEqualTo(2);
        assertThat(a.statements()).anyMatch(s -> s.startsWith("Every study with usable data reports change from "
                + "baseline"));
    }

    @Test
    void armsOfDifferentKindsCannotBeCompared() {
        ExtractedStudy g = TestStudies.study("Test G", 2018).meanSd("nihss", 90.0, "cell", 20, 9.0, 3.0)
                .changeMeanSd("nihss", 90.0, "control", 20, -2.0, 2.2).build();

        OutcomeDataset d = new OutcomeDataExtractor().extract(nihss("MD"), List.of(g), MultiArmRule.COMBINE_ARMS);

        assertThat(d.included()).isEmpty();
        assertThat(d.missing()).singleElement().extracting(MissingOutcomeData::reason).asString()
                .contains("cell: final values; control: change from baseline");
    }
}
