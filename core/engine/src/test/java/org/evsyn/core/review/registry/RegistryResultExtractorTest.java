package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedArm.Role;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.plan.OutcomePlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.evsyn.core.review.registry.Plans.outcome;

class RegistryResultExtractorTest {

    private final RegistryResultExtractor extractor = new RegistryResultExtractor();

    @Test
    void meanWithStandardDeviationBecomesArmRowsWithTheDenominatorAsN() {
        // NCT05594173, "Number of Chewing Cycles Per Bolus": six groups of 14, MEAN with Standard Deviation.
        RegistryExtraction e = extractor.extract(outcome("chewing_cycles", "MD", "Chewing Cycles"),
                Samples.nct05594173());

        assertThat(e.unusable()).isEmpty();
        assertThat(e.measures()).singleElement().satisfies(d -> {
            assertThat(d.measureTitle()).isEqualTo("Number of Chewing Cycles Per Bolus");
            assertThat(d.timepointDays()).hasValue(0);
            assertThat(d.changeScore()).isFalse();
            assertThat(d.results()).extracting(ArmOutcomeResult::valueKind)
                    .containsOnly(ArmOutcomeResult.ValueKind.FINAL);
            assertThat(d.arms()).hasSize(6);
        });
        ArmOutcomeResult carrot = e.measures().get(0).arms().get(0).result();
        assertThat(carrot.armLabel()).isEqualTo("Healthy Participants: Carrot");
        assertThat(carrot.n()).hasValue(14);
        assertThat(carrot.mean()).hasValue(22);
        assertThat(carrot.sd()).hasValue(11);
        assertThat(carrot.sourceRefs()).containsExactly("registry:NCT05594173");
        assertThat(carrot.timepointAsPrinted()).contains("Baseline (single timepoint only)");
        ArmOutcomeResult gummy = e.measures().get(0).arms().get(3).result();
        assertThat(gummy.mean()).hasValue(28);
        assertThat(gummy.sd()).hasValue(13);
        // No group names a control and there are no registered arms: every group is an experimental arm.
        assertThat(e.measures().get(0).arms()).allMatch(r -> r.arm().role() == Role.EXPERIMENTAL);
    }

    @Test
    void standardErrorOfALeastSquaresMeanIsConvertedToSdAndMarkedAsChangeScore() {
        // NCT02210780, "Change From Baseline in Peak Weekly Averaged Pruritis Numerical Rating Scale (NRS) Scores
        // at Week 16": LEAST_SQUARES_MEAN with Standard Error; placebo -2.11 (SE 0.259, n 90), dupilumab -4.24
        // (SE 0.250, n 94).
        RegistryExtraction e = extractor.extract(outcome("pruritus", "MD", "Pruritis Numerical Rating Scale"),
                Samples.nct02210780());

        RegistryOutcomeData d = e.measures().get(0);
        assertThat(d.changeScore()).isTrue();
        assertThat(d.timepointDays()).hasValue(16 * 7);
        ArmOutcomeResult placebo = d.arms().get(0).result();
        ArmOutcomeResult dupilumab = d.arms().get(1).result();
        assertThat(placebo.n()).hasValue(90);
        assertThat(placebo.mean()).hasValue(-2.11);
        assertThat(placebo.sd().getAsDouble()).isCloseTo(0.259 * Math.sqrt(90), within(1e-12));
        assertThat(dupilumab.n()).hasValue(94);
        assertThat(dupilumab.sd().getAsDouble()).isCloseTo(0.250 * Math.sqrt(94), within(1e-12));
        assertThat(placebo.notes().orElseThrow()).contains("change from baseline", "SE");
        assertThat(d.results()).extracting(ArmOutcomeResult::valueKind)
                .containsOnly(ArmOutcomeResult.ValueKind.CHANGE);
    }

    @Test
    void placeboGroupIsTheControlEvenWhenRegisteredAsExperimental() {
        // NCT02210780 registers both arms as EXPERIMENTAL; the "Placebo qw" arm receives only "Drug: Placebo".
        RegistryExtraction e = extractor.extract(outcome("pruritus", "MD", "Pruritis Numerical Rating Scale"),
                Samples.nct02210780());

        List<GroupArm> arms = e.measures().get(0).arms().stream().map(RegistryArmRow::arm).toList();
        assertThat(arms).extracting(GroupArm::label, GroupArm::role).containsExactly(
                tuple("Placebo qw", Role.CONTROL),
                tuple("Dupilumab 300 mg qw", Role.EXPERIMENTAL));
        assertThat(arms.get(0).registeredArm()).contains("Placebo qw");
    }

    @Test
    void aRegisteredArmCarriesTheInterventionsItListsAsItsTreatment() {
        // NCT02210780: "Placebo qw" lists "Drug: Placebo", "Dupilumab 300 mg qw" lists "Drug: Dupilumab".
        RegistryExtraction e = extractor.extract(outcome("pruritus", "MD", "Pruritis Numerical Rating Scale"),
                Samples.nct02210780());

        assertThat(e.measures().get(0).arms()).extracting(r -> r.arm().treatment())
                .containsExactly(java.util.Optional.of("Placebo"), java.util.Optional.of("Dupilumab"));
    }

    @Test
    void placeboComparatorArmIsMatchedThroughAGroupTitleWithAnAnalysisSetSuffix() {
        // NCT02552212, BASFI at Week 12: groups "Placebo (FAS)" and "CZP 200 mg Q2W (FAS)"; the registered arms
        // are "Placebo" (PLACEBO_COMPARATOR) and "Certolizumab Pegol 200 mg Q2W" (EXPERIMENTAL).
        RegistryExtraction e = extractor.extract(outcome("basfi", "MD", "BASFI"), Samples.nct02552212());

        assertThat(e.measures()).extracting(RegistryOutcomeData::timepointDays)
                .extracting(t -> t.getAsDouble()).containsExactly(84.0, 364.0);
        RegistryOutcomeData week12 = e.measures().get(0);
        assertThat(week12.arms()).extracting(r -> r.arm().label(), r -> r.arm().role()).containsExactly(
                tuple("Placebo", Role.CONTROL),
                tuple("CZP 200 mg Q2W", Role.EXPERIMENTAL));
        assertThat(week12.arms().get(1).result().mean()).hasValue(-2.07);
        assertThat(week12.arms().get(1).result().sd().getAsDouble())
                .isCloseTo(0.20 * Math.sqrt(159), within(1e-12));
    }

    @Test
    void confidenceIntervalOfAMeanGivesSdFromItsWidth() {
        // NCT02552212 posts 95% CIs only for geometric means; its "Plasma Concentration at Week 4" numbers
        // (CZP: 54.6, 51.4 to 58.0, n 155) are read here as if the mean were arithmetic, to check the CI rule:
        // SD = sqrt(n) x width / (2 x 1.959964) for groups of 60 or more.
        TrialRecord t = Trials.trial("NCT02552212").outcome(Samples.pkWeek4Builder("MEAN").build()).build();

        RegistryExtraction e = extractor.extract(outcome("concentration", "MD", "Plasma Concentration"), t);

        ArmOutcomeResult czp = e.measures().get(0).arms().get(0).result();
        assertThat(czp.n()).hasValue(155);
        assertThat(czp.mean()).hasValue(54.6);
        assertThat(czp.sd().getAsDouble()).isCloseTo(Math.sqrt(155) * (58.0 - 51.4) / (2 * 1.959964), within(1e-4));
        // "Placebo->OL CZP" switched to open-label treatment: neither control nor experimental.
        assertThat(e.measures().get(0).arms().get(1).arm().role()).isEqualTo(Role.OTHER);
    }

    @Test
    void geometricMeanWithConfidenceIntervalIsRejectedWithReason() {
        // NCT02552212, "Certolizumab Pegol Plasma Concentration at Week 4": GEOMETRIC_MEAN, 95% Confidence Interval.
        RegistryExtraction e = extractor.extract(outcome("pk_week4", "MD", "Plasma Concentration at Week 4"),
                Samples.nct02552212());

        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().satisfies(u -> {
            assertThat(u.measureTitle()).isEqualTo("Certolizumab Pegol Plasma Concentration at Week 4");
            assertThat(u.reason()).contains("GEOMETRIC_MEAN", "not an arithmetic mean");
        });
    }

    @Test
    void naValuesAreRejectedWithTheRegistryComment() {
        // NCT02552212, "... Plasma Concentration at Follow-Up (FU) Visit": the Placebo->OL CZP group posts NA with
        // the comment "Values were below the level of quantification."
        RegistryExtraction e = extractor.extract(outcome("concentration_fu", "MD", "Follow-Up (FU) Visit"),
                Samples.nct02552212());

        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason).asString()
                .startsWith("NA values").contains("Placebo->OL CZP (SS)", "below the level of quantification");
    }

    @Test
    void countOfParticipantsGivesEventsOutOfTheDenominator() {
        // NCT02552212, "Number of Subjects With Anterior Uveitis (AU) or New AU Flares Through Week 52":
        // COUNT_OF_PARTICIPANTS, placebo 8 of 158, CZP 4 of 159; time frame "... (up to Week 52)".
        RegistryExtraction e = extractor.extract(outcome("uveitis", "RR", "Anterior Uveitis"), Samples.nct02552212());

        RegistryOutcomeData d = e.measures().get(0);
        assertThat(d.continuous()).isFalse();
        assertThat(d.timepointDays()).hasValue(364);
        assertThat(d.arms()).extracting(r -> r.arm().role(), r -> r.result().events().getAsInt(),
                r -> r.result().n().getAsInt()).containsExactly(
                tuple(Role.CONTROL, 8, 158),
                tuple(Role.EXPERIMENTAL, 4, 159));
        assertThat(d.arms().get(0).result().countKind()).isEqualTo(ArmOutcomeResult.CountKind.PATIENTS);
    }

    @Test
    void fullRangeDispersionIsRejectedBecauseSdIsNotDerivable() {
        // NCT00763412, "BMI": MEAN with Full Range.
        RegistryExtraction e = extractor.extract(outcome("bmi", "MD", "BMI"), Samples.nct00763412());

        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason)
                .isEqualTo("dispersion type Full Range: SD not derivable");
    }

    @Test
    void aPercentageOfParticipantsWithItsDenominatorBecomesACountFlaggedAsDerived() {
        // NCT02210780, IGA 0/1 at Week 16: NUMBER in "Percentage of participants": placebo 10.3% of 97,
        // dupilumab 44.3% of 97. 10/97 = 10.31% and 43/97 = 44.33% print as posted; no other count does.
        RegistryExtraction e = extractor.extract(outcome("iga_response", "RR", "Investigator's Global Assessment"),
                Samples.nct02210780());

        RegistryOutcomeData d = e.measures().get(0);
        assertThat(d.arms()).extracting(r -> r.result().events().getAsInt(), r -> r.result().n().getAsInt())
                .containsExactly(tuple(10, 97), tuple(43, 97));
        assertThat(d.arms().get(0).result().notes()).hasValueSatisfying(n -> assertThat(n)
                .contains("derived from the posted percentage").contains("10 = 10.3% of 97"));
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("derived"));
    }

    @Test
    void aPercentageThatNoWholeCountGivesIsNotUsed() {
        // The same measure with the placebo value edited to 10.4%: 10/97 prints as 10.3%, 11/97 as 11.3%.
        TrialRecord t = Trials.trial("NCT02210780")
                .arm("Placebo qw", "EXPERIMENTAL", "Drug: Placebo")
                .arm("Dupilumab 300 mg qw", "EXPERIMENTAL", "Drug: Dupilumab")
                .intervention("Dupilumab", "Dupilumab 300 mg qw")
                .intervention("Placebo", "Placebo qw")
                .outcome(Trials.measure("SECONDARY", "Percentage of Participants Achieving an Investigator's Global "
                        + "Assessment (IGA) Score of \"0\" or \"1\" at Week 16", "Week 16", "NUMBER", "",
                        "Percentage of participants")
                        .group("OG000", "Placebo qw").group("OG001", "Dupilumab 300 mg qw")
                        .value("OG000", "97", "10.4").value("OG001", "97", "44.3")
                        .build())
                .build();
        RegistryExtraction e = extractor.extract(outcome("iga_response", "RR", "Investigator's Global Assessment"), t);
        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason).asString()
                .contains("10.4% of 97 is no whole number of participants");
    }

    @Test
    void aMeasurePostedPerVisitGivesOneResultPerVisit() {
        // NCT02552212 posts the ASQoL change at weeks 1, 2, 4 and 12 as four measures; registries also post such
        // series as one measure whose classes are the visits. The numbers are those of the four measures.
        TrialRecord t = Trials.trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .intervention("Certolizumab Pegol", "Certolizumab Pegol 200 mg Q2W")
                .intervention("Placebo", "Placebo")
                .outcome(Trials.measure("SECONDARY", "Change From Baseline in ASQoL", "Baseline; Weeks 1, 2, 4, and 12",
                        "MEAN", "Standard Deviation", "scores on a scale")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .inClass("Week 1").spread("OG000", "150", "-0.03", "0.14").spread("OG001", "147", "-0.11", "0.21")
                        .inClass("Week 2").spread("OG000", "158", "-0.03", "0.15").spread("OG001", "156", "-0.16", "0.23")
                        .inClass("Week 4").spread("OG000", "158", "-0.06", "0.19").spread("OG001", "156", "-0.18", "0.23")
                        .inClass("Week 12").spread("OG000", "158", "-0.08", "0.22")
                        .spread("OG001", "156", "-0.28", "0.26")
                        .build())
                .build();

        RegistryExtraction e = extractor.extract(outcome("asqol", "MD", "ASQoL"), t);

        assertThat(e.unusable()).isEmpty();
        assertThat(e.measures()).extracting(d -> d.timepointDays().getAsDouble()).containsExactly(7.0, 14.0, 28.0, 84.0);
        RegistryOutcomeData week12 = e.measures().get(3);
        assertThat(week12.timeFrame()).contains("Week 12");
        assertThat(week12.arms()).extracting(r -> r.result().n().getAsInt(), r -> r.result().mean().getAsDouble(),
                r -> r.result().sd().getAsDouble()).containsExactly(tuple(158, -0.08, 0.22), tuple(156, -0.28, 0.26));
        assertThat(week12.arms().get(0).result().timepointAsPrinted()).contains("Week 12");
        assertThat(week12.notes()).anySatisfy(n -> assertThat(n).contains("posted per visit"));
    }

    @Test
    void aVisitWithoutUsableValuesIsLeftOutAndTheOthersKept() {
        TrialRecord t = Trials.trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .outcome(Trials.measure("SECONDARY", "Change From Baseline in ASQoL", "Weeks 1 and 2", "MEAN",
                        "Standard Deviation", "scores on a scale")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .inClass("Week 1").spread("OG000", "150", "NA", "NA").spread("OG001", "147", "-0.11", "0.21")
                        .inClass("Week 2").spread("OG000", "158", "-0.03", "0.15").spread("OG001", "156", "-0.16", "0.23")
                        .build())
                .build();
        RegistryExtraction e = extractor.extract(outcome("asqol", "MD", "ASQoL"), t);
        assertThat(e.measures()).singleElement().satisfies(d -> {
            assertThat(d.timepointDays()).hasValue(14);
            assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("visit 'Week 1' not extracted"));
        });
    }

    @Test
    void theClassNamingTheOutcomeIsTakenWithItsClassDenominators() {
        // NCT02210780, GISS components at Week 16: class "Erythema", placebo -0.4 (SE 0.08, n 79), dupilumab -0.9
        // (SE 0.08, n 87).
        RegistryExtraction e = extractor.extract(outcome("erythema", "MD", "Erythema"), Samples.nct02210780());

        RegistryOutcomeData d = e.measures().get(0);
        assertThat(d.arms()).extracting(r -> r.result().n().getAsInt(), r -> r.result().mean().getAsDouble())
                .containsExactly(tuple(79, -0.4),
                        tuple(87, -0.9));
        assertThat(d.arms().get(1).result().sd().getAsDouble()).isCloseTo(0.08 * Math.sqrt(87), within(1e-12));
        assertThat(d.notes()).contains("values of class 'Erythema'");
    }

    @Test
    void measureWithSeveralClassesNoneNamingTheOutcomeIsRejectedAndTheSingleValueMeasureKept() {
        // NCT02210780: both GISS measures name "GISS"; only the cumulative score (-1.7 and -4.1, n 97) is one value.
        RegistryExtraction e = extractor.extract(outcome("giss", "MD", "GISS"), Samples.nct02210780());

        assertThat(e.measures()).singleElement().extracting(RegistryOutcomeData::measureTitle)
                .isEqualTo("Changes From Baseline in GISS Cumulative Score to Week 16");
        assertThat(e.measures().get(0).arms().get(0).result().mean()).hasValue(-1.7);
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason).asString()
                .startsWith("several classes or categories (Erythema, Infiltration/Papulation, Excoriations, "
                        + "Lichenification); none names the outcome");
    }

    @Test
    void aGroupWhoseTitleContradictsItsRegisteredArmIsNotExtracted() {
        // NCT02552212 BASFI numbers, with the registration altered so that the arm named "Placebo" is an
        // EXPERIMENTAL arm giving the active drug: the group title and the arm disagree.
        TrialRecord t = Trials.trial("NCT02552212")
                .arm("Placebo", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .intervention("Certolizumab Pegol", "Placebo")
                .outcome(Samples.nct02552212().outcomes().get(2))
                .build();

        RegistryExtraction e = extractor.extract(outcome("basfi", "MD", "BASFI"), t);

        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason).asString()
                .contains("Placebo (FAS)", "arm mapping ambiguous");
    }

    @Test
    void titlesAreMatchedOnWholeWordsOnly() {
        OutcomePlan mrs = outcome("mrs", "MD", "mRS", "modified Rankin Scale");
        OutcomePlan nihss = outcome("nihss", "MD", "NIHSS");

        assertThat(TitleMatch.of(nihss, "Change From Baseline in NIHSS Score at Day 90")).isPresent();
        assertThat(TitleMatch.of(mrs, "Modified Rankin Scale (mRS) Score at Day 90")).isPresent();
        assertThat(TitleMatch.of(mrs, "mRS")).contains(TitleMatch.Kind.EXACT);
        assertThat(TitleMatch.of(mrs, "Number of Participants With MRSA Infection")).isEmpty();
        assertThat(TitleMatch.of(mrs, "Mrs. Smith's Questionnaire Score")).isPresent(); // whole word, a known limit
        assertThat(TitleMatch.of(outcome("bi", "MD", "BI"), "Bilateral Carotid Stenosis")).isEmpty();
    }

    @Test
    void timeFramesAreReadInDays() {
        assertThat(TimeFrames.days("Day 90")).hasValue(90);
        assertThat(TimeFrames.days("Week 12")).hasValue(84);
        assertThat(TimeFrames.days("12 months")).hasValue(360);
        assertThat(TimeFrames.days("Baseline to Month 6")).hasValue(180);
        assertThat(TimeFrames.days("2 year/end of study")).hasValue(730);
        assertThat(TimeFrames.days("Follow-up Visit (up to Week 60)")).hasValue(420);
        assertThat(TimeFrames.days("Days 1-90")).hasValue(90);
        assertThat(TimeFrames.days("at baseline and after one year")).hasValue(365);
        assertThat(TimeFrames.days("Baseline (single timepoint only)")).hasValue(0);
        assertThat(TimeFrames.days("Throughout the study")).isEmpty();
    }
}
