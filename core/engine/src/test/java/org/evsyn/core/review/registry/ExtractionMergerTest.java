package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedArm.Role;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.engine.OutcomeDataExtractor;
import org.evsyn.core.review.engine.OutcomeDataset;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.evsyn.core.review.registry.Plans.outcome;

class ExtractionMergerTest {

    private static final OutcomePlan UVEITIS = outcome("uveitis", "RR", "Anterior Uveitis");
    private static final OutcomePlan BASFI = outcome("basfi", "MD", "BASFI");

    private final RegistryResultExtractor extractor = new RegistryResultExtractor();
    private final ExtractionMerger merger = new ExtractionMerger();

    @Test
    void sheetWinsAndNumbersDifferingBeyondRoundingAreListedAsConflicts() {
        // Registry (NCT02552212): uveitis placebo 8/158, CZP 4/159; BASFI week 12 CZP -2.07 (SE 0.20, n 159, so SD
        // 2.52), placebo -0.38 (SE 0.21, n 158, so SD 2.64), both changes from baseline. The sheet has 9 events on
        // control and SD 2.0 on cell.
        ExtractedStudy sheet = study(List.of(
                events("uveitis", 365, "cell", 159, 4), events("uveitis", 365, "control", 158, 9),
                change("basfi", 84, "cell", 159, -2.07, 2.0), change("basfi", 84, "control", 158, -0.38, 2.64)));

        MergeResult merged = merger.merge(List.of(sheet), List.of(
                extractor.extract(UVEITIS, Samples.nct02552212()), extractor.extract(BASFI, Samples.nct02552212())));

        assertThat(merged.studies()).containsExactly(sheet);
        assertThat(merged.conflicts()).extracting(DataConflict::outcome, DataConflict::armLabel, DataConflict::field,
                DataConflict::sheetValue).containsExactly(
                tuple("uveitis", "control", "events", 9.0),
                tuple("basfi", "cell", "sd", 2.0));
        assertThat(merged.conflicts().get(0).registryValue()).isEqualTo(8.0);
        assertThat(merged.conflicts().get(1).registryValue()).isCloseTo(0.20 * Math.sqrt(159),
                within(1e-9));
        assertThat(merged.conflicts().get(0).describe())
                .isEqualTo("CAXSPAND, uveitis, arm control at day 365: events is 9 in the sheet but 8 in NCT02552212 "
                        + "('Number of Subjects With Anterior Uveitis (AU) or New AU Flares Through Week 52')");
        // BASFI is also posted at week 52, which the sheet lacks: noted, not added.
        assertThat(merged.notes()).anyMatch(n -> n.contains("not added, as the sheet reports this outcome"));
    }

    @Test
    void registryChangeScoresAreNotComparedWithFinalValuesOfTheSheet() {
        // The registry posts BASFI at week 12 as changes from baseline; the sheet has final values there (test data).
        ExtractedStudy sheet = study(List.of(
                meanSd("basfi", 84, "cell", 159, 3.1, 2.0), meanSd("basfi", 84, "control", 158, 4.9, 2.6)));

        MergeResult merged = merger.merge(List.of(sheet), List.of(extractor.extract(BASFI, Samples.nct02552212())));

        assertThat(merged.studies()).containsExactly(sheet);
        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.notes()).anyMatch(n -> n.contains("posts basfi for arm 'cell' as change from baseline, "
                + "the sheet has final values; not compared"));
    }

    @Test
    void registryChangeScoresKeepTheirValueKindWhenAdded() {
        MergeResult merged = merger.merge(List.of(study(List.of())),
                List.of(extractor.extract(BASFI, Samples.nct02552212())));

        List<ArmOutcomeResult> added = merged.studies().get(0).results();
        assertThat(added).isNotEmpty().allSatisfy(r -> {
            assertThat(RegistryOutcomeData.isRegistrySourced(r)).isTrue();
            assertThat(r.valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.CHANGE);
        });
    }

    @Test
    void registryRowsAreAddedOnTheSheetArmsWhereTheSheetHasNothingForTheOutcome() {
        ExtractedStudy sheet = study(List.of(meanSd("basfi", 84, "cell", 159, -2.07, 2.52)));

        MergeResult merged = merger.merge(List.of(sheet), List.of(extractor.extract(UVEITIS, Samples.nct02552212())));

        ExtractedStudy s = merged.studies().get(0);
        assertThat(s.arms()).extracting(ExtractedArm::label).containsExactly("cell", "control");
        assertThat(s.sourceRefs()).contains("S01", "registry:NCT02552212");
        List<ArmOutcomeResult> added = s.results().stream().filter(RegistryOutcomeData::isRegistrySourced).toList();
        assertThat(added).extracting(ArmOutcomeResult::armLabel, r -> r.events().getAsInt(), r -> r.n().getAsInt())
                .containsExactly(tuple("control", 8, 158), tuple("cell", 4, 159));
        assertThat(merged.conflicts()).isEmpty();

        // The engine uses the merged rows as they are.
        OutcomeDataset data = new OutcomeDataExtractor().extract(UVEITIS, merged.studies(), MultiArmRule.COMBINE_ARMS);
        assertThat(data.missing()).isEmpty();
        assertThat(data.included()).singleElement().satisfies(c -> {
            assertThat(c.treatment().events()).hasValue(4);
            assertThat(c.control().events()).hasValue(8);
            assertThat(c.sourceRefs()).containsExactly("registry:NCT02552212");
        });
    }

    @Test
    void registrationWithResultsButNoLinkedStudyBecomesAStudyWithItsGroupsAsArms() {
        OutcomePlan pruritus = outcome("pruritus", "MD", "Pruritis Numerical Rating Scale");

        MergeResult merged = merger.merge(List.of(study(List.of())),
                List.of(extractor.extract(pruritus, Samples.nct02210780())));

        assertThat(merged.newStudies()).containsExactly("NCT02210780");
        ExtractedStudy s = merged.studies().get(1);
        assertThat(s.registryIds()).containsExactly("NCT02210780");
        assertThat(s.arms()).extracting(ExtractedArm::label, ExtractedArm::role).containsExactly(
                tuple("Placebo qw", Role.CONTROL), tuple("Dupilumab 300 mg qw", Role.EXPERIMENTAL));
        assertThat(s.arms()).extracting(ExtractedArm::treatment)
                .containsExactly(java.util.Optional.of("Placebo"), java.util.Optional.of("Dupilumab"));
        assertThat(s.results()).extracting(ArmOutcomeResult::mean)
                .containsExactly(OptionalDouble.of(-2.11), OptionalDouble.of(-4.24));
    }

    @Test
    void timePointsWithinAWeekOrFivePercentAreTheSame() {
        assertThat(ExtractionMerger.sameTime(OptionalDouble.of(84), OptionalDouble.of(90))).isTrue();
        assertThat(ExtractionMerger.sameTime(OptionalDouble.of(364), OptionalDouble.of(365))).isTrue();
        assertThat(ExtractionMerger.sameTime(OptionalDouble.of(90), OptionalDouble.of(180))).isFalse();
        assertThat(ExtractionMerger.beyondRounding(2.46, 2.457)).isFalse();
        assertThat(ExtractionMerger.beyondRounding(2.0, 2.52)).isTrue();
    }

    /** The sheet's study of NCT02552212 (a made-up extraction for the merge; the ids are the test's own). */
    private static ExtractedStudy study(List<ArmOutcomeResult> results) {
        return new ExtractedStudy("CAXSPAND", ExtractedStudy.Part.COMBINED, Optional.of("Deodhar"), OptionalInt.of(2019),
                Optional.of("NCT02552212"), List.of("NCT02552212"), Optional.empty(), Optional.of("3"), Optional.empty(),
                InterventionDetails.none(), List.of(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.of(12),
                List.of(new ExtractedArm("cell", Role.EXPERIMENTAL, OptionalInt.of(159)),
                        new ExtractedArm("control", Role.CONTROL, OptionalInt.of(158))),
                Optional.empty(), results, List.of("S01"), Optional.empty());
    }

    private static ArmOutcomeResult events(String outcome, double days, String arm, int n, int events) {
        return new ArmOutcomeResult(outcome, OptionalDouble.of(days), Optional.empty(), arm, OptionalInt.of(n),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.of(events), ArmOutcomeResult.CountKind.PATIENTS,
                ArmOutcomeResult.ValueKind.FINAL, Optional.empty(),
                List.of("S01"), Optional.empty(), Optional.empty());
    }

    private static ArmOutcomeResult meanSd(String outcome, double days, String arm, int n, double mean, double sd) {
        return meanSd(outcome, days, arm, n, mean, sd, ArmOutcomeResult.ValueKind.FINAL);
    }

    private static ArmOutcomeResult change(String outcome, double days, String arm, int n, double mean, double sd) {
        return meanSd(outcome, days, arm, n, mean, sd, ArmOutcomeResult.ValueKind.CHANGE);
    }

    private static ArmOutcomeResult meanSd(String outcome, double days, String arm, int n, double mean, double sd,
                                           ArmOutcomeResult.ValueKind kind) {
        return new ArmOutcomeResult(outcome, OptionalDouble.of(days), Optional.empty(), arm, OptionalInt.of(n),
                OptionalDouble.of(mean), OptionalDouble.of(sd), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), ArmOutcomeResult.CountKind.PATIENTS, kind,
                Optional.empty(), List.of("S01"), Optional.empty(), Optional.empty());
    }
}
