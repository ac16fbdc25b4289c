package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.attributes.AttributeValue;
import org.evsyn.core.review.attributes.StemCellStrokePack;
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
 * Dose per kg derived from a printed total: at the trial's own body weight when the sheet gives one, else at the
 * assumed 70 kg, and a printed per-kg dose wins over both. Doses and weights are made-up test data; expected values
 * are the inputs divided by hand.
 */
class DosePerKgFromBodyWeightTest {

    @Test
    void aTrialsOwnBodyWeightDividesTheTotalAndTheDerivationSaysSo() {
        ExtractedStudy s = TestStudies.study("Test W", 2020).doseAsPrinted("1.2 billion cells").bodyWeightKg(80)
                .build();

        AttributeValue.Number a = dose(s);

        assertThat(a.value()).isCloseTo(1.2e9 / 80, within(1e-6));
        assertThat(a.derivation()).get().satisfies(d -> {
            assertThat(d.how()).contains("the trial's reported body weight").doesNotContain("assumed");
            assertThat(d.detail()).hasValue("80 kg");
        });
    }

    @Test
    void withoutABodyWeightTheAssumed70KgIsUsedAndFlagged() {
        ExtractedStudy s = TestStudies.study("Test N", 2020).doseAsPrinted("1.2 billion cells").build();

        AttributeValue.Number a = dose(s);

        assertThat(a.value()).isCloseTo(1.2e9 / 70, within(1e-6));
        assertThat(a.derivation()).get().satisfies(d -> assertThat(d.how()).contains("assumed body weight of 70 kg"));
    }

    @Test
    void aPrintedPerKgDoseWinsOverAnyDerivation() {
        ExtractedStudy s = TestStudies.study("Test P", 2020).dose(2e6).doseAsPrinted("1.2 billion cells")
                .bodyWeightKg(80).build();

        AttributeValue.Number a = dose(s);

        assertThat(a.value()).isEqualTo(2e6);
        assertThat(a.derivation()).isEmpty();
    }

    @Test
    void metaRegressionListsOnlyTrialsWithoutAWeightAsAssumed() {
        List<ExtractedStudy> studies = List.of(
                TestStudies.study("Printed", 2018).dose(2e6)
                        .events("death", 90.0, "cell", 40, 4).events("death", 90.0, "control", 40, 8).build(),
                TestStudies.study("Weighed", 2019).doseAsPrinted("1.2 billion cells").bodyWeightKg(80)
                        .events("death", 90.0, "cell", 50, 6).events("death", 90.0, "control", 50, 9).build(),
                TestStudies.study("Unweighed", 2020).doseAsPrinted("5 x 10^8 cells")
                        .events("death", 90.0, "cell", 30, 5).events("death", 90.0, "control", 30, 6).build());
        OutcomePlan mortality = new OutcomePlan("mortality", "mortality", List.of("death"), Optional.empty(),
                Direction.LOWER_IS_BETTER, "RR", new TimepointRule.Last(OptionalDouble.empty(), false));
        ReviewPlan plan = new ReviewPlan("t", "Test review", new Pico("p", "i", "c", "o", Optional.empty(),
                Optional.empty(), Optional.empty()), List.of(), List.of(), new ReviewFiles(List.of("x.csv"),
                Optional.empty(), Optional.empty()), List.of(mortality), new ModelPlan(Tau2Method.REML, TestMethod.Z,
                95), List.of(), Set.of(), List.of("dose_cells_per_kg"), MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(),
                List.of("stem-cell-stroke"), new org.evsyn.core.review.attributes.AttributePacks().enabled(List.of("stem-cell-stroke")));

        OutcomeAnalysis a = new ReviewEngine(new OutcomeDataExtractor(),
                new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer())).analyse(plan, studies, List.of())
                .outcomes().get(0);

        SideAnalysis dose = a.secondary().stream().filter(s -> s.key().equals("dose_cells_per_kg")).findFirst()
                .orElseThrow();
        assertThat(dose.studies()).containsExactlyInAnyOrder("Printed", "Weighed", "Unweighed");
        assertThat(dose.statement()).contains("dose per kg derived from the printed total dose at the trial's reported"
                + " body weight for: Weighed (80 kg); dose per kg derived from the printed total dose at an assumed"
                + " body weight of 70 kg for: Unweighed");
        StudyOutcomeData weighed = a.dataset().included().stream().filter(d -> d.studyId().equals("Weighed"))
                .findFirst().orElseThrow();
        assertThat(weighed.attributes().moderator("dose_cells_per_kg").getAsDouble()).isCloseTo(1.2e9 / 80, within(1e-6));
        StudyOutcomeData unweighed = a.dataset().included().stream().filter(d -> d.studyId().equals("Unweighed"))
                .findFirst().orElseThrow();
        assertThat(unweighed.attributes().moderator("dose_cells_per_kg").getAsDouble()).isCloseTo(5e8 / 70, within(1e-6));
    }

    private static AttributeValue.Number dose(ExtractedStudy s) {
        return (AttributeValue.Number) new StemCellStrokePack().read("dose_cells_per_kg", s).orElseThrow();
    }
}
