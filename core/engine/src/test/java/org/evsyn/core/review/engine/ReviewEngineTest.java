package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.grade.GradeProposer;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.Pico;
import org.evsyn.core.review.plan.ReviewFiles;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.Sensitivity;
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
 * The engine on the bundled evidence pack's numbers (TREASURE Table 2, STARTING Lee 2010, STARTING-2,
 * RECOVER-Stroke, Chen 2014). Expected pooled values were computed with R 4.2 / metafor 3.8.1:
 * <pre>
 * rma(measure="RR", ai=c(4,13), n1i=c(16,104), ci=c(21,10), n2i=c(36,102), method="REML", test="z",
 *     control=list(threshold=1e-10, tol=1e-12, maxiter=1000))                       # mortality
 * rma(measure="RR", ai=c(4,13), n1i=c(16,104), ci=c(21,10), n2i=c(36,102), method="FE")   # mortality, FE
 * rma(measure="MD", m1i, sd1i, n1i=39, m2i, sd2i, n2i=15, method="REML")  # mRS; means/SDs by Luo 2018 / Wan 2014
 * rma(measure="RR", ai=c(12,0), n1i=c(29,15), ci=c(11,0), n2i=c(19,15), method="REML", drop00=TRUE)   # SAE
 * </pre>
 */
class ReviewEngineTest {

    private static final double TOL = 1e-6;

    private final ReviewEngine engine = new ReviewEngine(new OutcomeDataExtractor(),
            new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer()));

    private static OutcomePlan outcome(String name, String measure, Direction dir, TimepointRule rule, String... syn) {
        return new OutcomePlan(name, name, List.of(syn), Optional.empty(), dir, measure, rule);
    }

    private static ReviewPlan plan(List<OutcomePlan> outcomes, List<String> subgroups, Set<Sensitivity> sens) {
        return new ReviewPlan("t", "Test review", new Pico("p", "i", "c", "o", Optional.empty(), Optional.empty(), Optional.empty()), List.of(), List.of(),
                new ReviewFiles(List.of("x.csv"), Optional.empty(), Optional.empty()), outcomes,
                new ModelPlan(Tau2Method.REML, TestMethod.Z, 95), subgroups, sens, List.of("dose_cells_per_kg"),
                MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(),
                List.of("stem-cell-stroke"), new org.evsyn.core.review.attributes.AttributePacks().enabled(List.of("stem-cell-stroke")));
    }

    private static List<ExtractedStudy> pack() {
        return List.of(
                TestStudies.study("TREASURE", 2024).stage("acute")
                        .events("death", 90.0, "cell", 104, 6).events("death", 90.0, "control", 102, 3)
                        .events("death", 365.0, "cell", 104, 13).events("death", 365.0, "control", 102, 10).build(),
                TestStudies.study("MASTERS", 2017)
                        .events("death", null, "cell", null, 5).events("death", null, "control", null, 9)
                        .events("sae", 365.0, "cell", null, 22).events("sae", 365.0, "control", null, 24).build(),
                TestStudies.study("STARTING (Lee 2010)", 2010)
                        .events("death", null, "cell", 16, 4).events("death", null, "control", 36, 21).build(),
                TestStudies.study("STARTING-2", 2021).stage("subacute")
                        .median("mrs", 90.0, "cell", 39, 3, 3, 4).median("mrs", 90.0, "control", 15, 4, 3, 4).build(),
                TestStudies.study("RECOVER-Stroke", 2019)
                        .events("sae", null, "cell", 29, 12).events("sae", null, "control", 19, 11).build(),
                TestStudies.study("Chen 2014", 2014)
                        .events("sae", 360.0, "cell", 15, 0).events("sae", 360.0, "control", 15, 0).build(),
                TestStudies.study("AMASCIS", 2022)
                        .median("mrs", 180.0, "cell", null, 3, 3, 3.25).median("mrs", 180.0, "control", null, 4, 3, 4)
                        .events("sae_events", 720.0, "cell", 4, 2).events("sae_events", 720.0, "control", 9, 9).build());
    }

    private static AnalysisResult completed(OutcomeAnalysis a) {
        assertThat(a.main()).isPresent();
        assertThat(a.main().get()).isInstanceOf(AnalysisOutcome.Completed.class);
        return ((AnalysisOutcome.Completed) a.main().get()).result();
    }

    @Test
    void mortalityPoolsTheTwoTrialsWithUsableCountsAsMetaforDoes() {
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), true), "death");
        ReviewAnalysis r = engine.analyse(plan(List.of(mortality), List.of(), Set.of(Sensitivity.FIXED_VS_RANDOM)),
                pack(), List.of());
        OutcomeAnalysis a = r.outcomes().get(0);
        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(2);
        assertThat(res.model().estimate()).isCloseTo(-0.279319720001919, within(TOL));
        assertThat(res.model().se()).isCloseTo(0.544642647871491, within(TOL));
        assertThat(res.model().ciLower()).isCloseTo(-1.34679969427457, within(TOL));
        assertThat(res.model().ciUpper()).isCloseTo(0.788160254270734, within(TOL));
        assertThat(res.model().pval()).isCloseTo(0.608056587631528, within(TOL));
        assertThat(res.model().tau2()).isCloseTo(0.411893511994726, within(TOL));
        assertThat(res.model().i2()).isCloseTo(69.3054687438213, within(1e-4));
        assertThat(res.model().q()).isCloseTo(3.25790933783589, within(TOL));
        // Two studies: no prediction interval (the Cochrane Handbook gives none below three), although metafor's
        // predict() would print one.
        assertThat(res.prediction()).isEmpty();
        // TREASURE's last time point (day 365) is used, not day 90.
        StudyOutcomeData treasure = a.dataset().included().stream().filter(d -> d.studyId().equals("TREASURE"))
                .findFirst().orElseThrow();
        assertThat(treasure.timepointDays()).hasValue(365);
        assertThat(treasure.treatment().events()).hasValue(13);
        // Missing data are stated per trial.
        assertThat(a.dataset().missing()).extracting(MissingOutcomeData::studyId)
                .contains("MASTERS", "STARTING-2", "AMASCIS");
        assertThat(a.dataset().missing()).filteredOn(m -> m.studyId().equals("MASTERS")).first()
                .extracting(MissingOutcomeData::reason).asString().contains("n) not reported");
        SideAnalysis fe = a.secondary().stream().filter(s -> s.key().equals("fixed_vs_random")).findFirst().orElseThrow();
        AnalysisResult feResult = ((AnalysisOutcome.Completed) fe.outcome().orElseThrow()).result();
        assertThat(feResult.model().estimate()).isCloseTo(-0.22771267122561, within(TOL));
        assertThat(feResult.model().se()).isCloseTo(0.299181083856717, within(TOL));
        assertThat(a.grade()).isPresent();
        // Absolute effect at the median of the two control arms' risks (hand-counted from the sheet's counts), times
        // metafor's pooled RR exp(-0.2793) and its CI bounds.
        double[] control = a.dataset().included().stream()
                .mapToDouble(d -> (double) d.control().events().getAsInt() / d.control().n()).toArray();
        double acr = (control[0] + control[1]) / 2;
        var abs = a.grade().get().absolute().orElseThrow();
        assertThat(abs.source()).isEqualTo(org.evsyn.core.review.grade.AbsoluteEffect.RiskSource.CONTROL_ARM_MEDIAN);
        assertThat(abs.assumedRisk()).isCloseTo(acr, within(1e-12));
        assertThat(abs.risk()).isCloseTo(acr * Math.exp(-0.279319720001919), within(1e-9));
        assertThat(abs.riskLower()).isCloseTo(acr * Math.exp(-1.34679969427457), within(1e-9));
        assertThat(abs.riskUpper()).isCloseTo(acr * Math.exp(0.788160254270734), within(1e-9));
    }

    @Test
    void aDeclaredBaselineRiskReplacesTheControlArmsAndTheHandbookFormNeedsThreeStudies() {
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), true), "death");
        ReviewPlan base = plan(List.of(mortality), List.of(), Set.of());
        ReviewPlan declared = new ReviewPlan(base.id(), base.title(), base.question(), base.eligibility(),
                base.sources(), base.files(), base.outcomes(),
                new org.evsyn.core.review.plan.ModelPlan(base.model().method(), base.model().test(),
                        base.model().level(), org.evsyn.stats.model.PredictionForm.HANDBOOK),
                base.subgroups(), base.sensitivity(), base.moderators(), base.multiArm(), base.indirectness(),
                base.gradeOverrides(), base.packs(), base.attributes(), java.util.Map.of("mortality", 0.1));
        OutcomeAnalysis a = engine.analyse(declared, pack(), List.of()).outcomes().get(0);
        var abs = a.grade().orElseThrow().absolute().orElseThrow();
        assertThat(abs.source()).isEqualTo(org.evsyn.core.review.grade.AbsoluteEffect.RiskSource.DECLARED);
        // 100 per 1,000 x exp(-0.2793) = 75.6 -> 76 per 1,000.
        assertThat(org.evsyn.core.review.grade.AbsoluteEffect.per1000(abs.risk())).isEqualTo(76);
        assertThat(completed(a).prediction()).isEmpty();
        assertThat(completed(a).options().predictionForm()).isEqualTo(org.evsyn.stats.model.PredictionForm.HANDBOOK);
    }

    @Test
    void mrsUsesMeansAndSdsImputedFromMedianAndIqrAndFlagsThem() {
        OutcomePlan mrs = outcome("mrs", "MD", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), false));
        ReviewAnalysis r = engine.analyse(plan(List.of(mrs), List.of(), Set.of(Sensitivity.EXCLUDE_IMPUTED)),
                pack(), List.of());
        OutcomeAnalysis a = r.outcomes().get(0);
        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(1);
        assertThat(res.model().estimate()).isCloseTo(-0.282, within(TOL));
        assertThat(res.model().se()).isCloseTo(0.244510996858873, within(TOL));
        assertThat(res.model().ciLower()).isCloseTo(-0.761232747667378, within(TOL));
        assertThat(res.model().pval()).isCloseTo(0.248778095630862, within(TOL));
        assertThat(a.dataset().included().get(0).imputed()).isTrue();
        assertThat(a.dataset().included().get(0).notes()).anyMatch(n -> n.contains("Wan"));
        assertThat(a.dataset().missing()).filteredOn(m -> m.studyId().equals("AMASCIS")).first()
                .extracting(MissingOutcomeData::reason).asString().contains("n) not reported");
        assertThat(a.statements()).anyMatch(s -> s.contains("Only one study"));
        assertThat(a.secondary()).filteredOn(s -> s.key().equals("exclude_imputed")).first()
                .satisfies(s -> assertThat(s.statement()).get().asString().contains("every comparison"));
    }

    @Test
    void doubleZeroStudiesAndEventCountsStayOutOfPatientOutcomes() {
        OutcomePlan sae = outcome("sae", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), true));
        OutcomeAnalysis a = engine.analyse(plan(List.of(sae), List.of(), Set.of()), pack(), List.of()).outcomes().get(0);
        AnalysisResult res = completed(a);
        assertThat(res.model().k()).isEqualTo(1);
        assertThat(res.model().estimate()).isCloseTo(-0.335845473830404, within(TOL));
        assertThat(res.model().se()).isCloseTo(0.295174671464823, within(TOL));
        assertThat(res.adjustments()).anyMatch(n -> n.contains("Chen 2014"));
        // AMASCIS counts events (sae_events), which is another outcome; MASTERS lacks arm sizes.
        assertThat(a.dataset().missing()).extracting(MissingOutcomeData::studyId).contains("AMASCIS", "MASTERS");
    }

    @Test
    void subgroupsThatCannotBeFormedSayWhy() {
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), true), "death");
        OutcomeAnalysis a = engine.analyse(plan(List.of(mortality), List.of("route", "stage"), Set.of()), pack(),
                List.of()).outcomes().get(0);
        SideAnalysis route = a.secondary().stream().filter(s -> s.key().equals("route")).findFirst().orElseThrow();
        assertThat(route.outcome()).isEmpty();
        assertThat(route.statement()).get().asString().contains("1 Route level (intravenous)");
        SideAnalysis dose = a.secondary().stream().filter(s -> s.key().equals("dose_cells_per_kg")).findFirst().orElseThrow();
        assertThat(dose.statement()).get().asString().contains("not possible");
    }

    @Test
    void closestRulePicksTheNearestTimepointAndPrefersLaterOnTies() {
        var rows = pack().get(0).results();
        assertThat(OutcomeDataExtractor.chooseTimepoint(new TimepointRule.Closest(100, OptionalDouble.empty(), false), rows))
                .hasValueSatisfying(t -> assertThat(t).hasValue(90));
        assertThat(OutcomeDataExtractor.chooseTimepoint(new TimepointRule.Closest(227.5, OptionalDouble.empty(), false), rows))
                .hasValueSatisfying(t -> assertThat(t).hasValue(365));
        assertThat(OutcomeDataExtractor.chooseTimepoint(new TimepointRule.Closest(700, OptionalDouble.of(30), false), rows))
                .isEmpty();
    }

    @Test
    void unchangedInputsGiveTheSameHashAndAChangedNumberAnother() {
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), true), "death");
        ReviewPlan p = plan(List.of(mortality), List.of(), Set.of());
        String h1 = engine.analyse(p, pack(), List.of()).inputHashes().get("mortality");
        String h2 = engine.analyse(p, pack(), List.of()).inputHashes().get("mortality");
        List<ExtractedStudy> more = new java.util.ArrayList<>(pack());
        more.add(TestStudies.study("New trial", 2025).events("death", 180.0, "cell", 50, 5)
                .events("death", 180.0, "control", 50, 8).build());
        String h3 = engine.analyse(p, more, List.of()).inputHashes().get("mortality");
        assertThat(h1).isEqualTo(h2).isNotEqualTo(h3);
    }

    @Test
    void multiArmTrialsCombineTheirCellArmsByDefault() {
        ExtractedStudy ibis = TestStudies.study("IBIS", 2023).arm("high dose", org.evsyn.core.domain.ExtractedArm.Role.EXPERIMENTAL)
                .events("death", 365.0, "cell", 20, 2).events("death", 365.0, "high dose", 19, 3)
                .events("death", 365.0, "control", 37, 6).build();
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), false), "death");
        OutcomeAnalysis a = engine.analyse(plan(List.of(mortality), List.of(), Set.of()), List.of(ibis), List.of())
                .outcomes().get(0);
        StudyOutcomeData d = a.dataset().included().get(0);
        assertThat(d.treatment().n()).isEqualTo(39);
        assertThat(d.treatment().events()).hasValue(5);
        assertThat(d.notes()).anyMatch(n -> n.contains("combined"));
    }

    @Test
    void theAnalysedDataNameWhatEachArmReceived() {
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), false), "death");
        // IBIS: the cell arm names no treatment (its cell type, MSC, stands in), a second arm names another.
        ExtractedStudy ibis = TestStudies.study("IBIS", 2023).arm("high dose", org.evsyn.core.domain.ExtractedArm.Role.EXPERIMENTAL)
                .treatment("high dose", "MAPC").treatment("control", "placebo")
                .events("death", 365.0, "cell", 20, 2).events("death", 365.0, "high dose", 19, 3)
                .events("death", 365.0, "control", 37, 6).build();
        // TREASURE: a control arm the sheet names nothing for stays unnamed.
        ExtractedStudy treasure = TestStudies.study("TREASURE", 2024).treatment("cell", "MultiStem")
                .events("death", 365.0, "cell", 104, 13).events("death", 365.0, "control", 102, 10).build();

        List<StudyOutcomeData> data = engine.analyse(plan(List.of(mortality), List.of(), Set.of()),
                List.of(ibis, treasure), List.of()).outcomes().get(0).dataset().included();

        assertThat(data).extracting(d -> d.treatment().treatment(), d -> d.control().treatment()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("MSC + MAPC"), Optional.of("placebo")),
                org.assertj.core.groups.Tuple.tuple(Optional.of("MultiStem"), Optional.empty()));
    }

    @Test
    void riskOfBiasWeightSharesFollowThePooledStudiesEvenWhenOneIsDropped() {
        // Test data: A and B have equal sampling variances (10/50 vs 20/50 and 20/50 vs 10/50), so each carries
        // half the weight whatever tau2 is; Z has no events in either arm and is left out of the RR analysis.
        List<ExtractedStudy> studies = List.of(
                TestStudies.study("Z", 2001).events("death", 90.0, "cell", 30, 0).events("death", 90.0, "control", 30, 0).build(),
                TestStudies.study("A", 2002).events("death", 90.0, "cell", 50, 10).events("death", 90.0, "control", 50, 20).build(),
                TestStudies.study("B", 2003).events("death", 90.0, "cell", 50, 20).events("death", 90.0, "control", 50, 10).build());
        java.util.Map<org.evsyn.core.review.rob.RobDomain, org.evsyn.core.review.rob.Rob2Assessment.DomainJudgement> d =
                new java.util.EnumMap<>(org.evsyn.core.review.rob.RobDomain.class);
        java.util.Map<org.evsyn.core.review.rob.RobDomain, org.evsyn.core.review.rob.RobJudgement> j =
                new java.util.EnumMap<>(org.evsyn.core.review.rob.RobDomain.class);
        for (var domain : org.evsyn.core.review.rob.RobDomain.values()) {
            var judgement = domain == org.evsyn.core.review.rob.RobDomain.D1
                    ? org.evsyn.core.review.rob.RobJudgement.HIGH : org.evsyn.core.review.rob.RobJudgement.LOW;
            d.put(domain, new org.evsyn.core.review.rob.Rob2Assessment.DomainJudgement(judgement, "test data"));
            j.put(domain, judgement);
        }
        var robB = new org.evsyn.core.review.rob.Rob2Assessment("B", Optional.empty(), d,
                new org.evsyn.core.review.rob.Rob2Algorithm().propose(j), Optional.empty());
        OutcomePlan mortality = outcome("mortality", "RR", Direction.LOWER_IS_BETTER,
                new TimepointRule.Last(OptionalDouble.empty(), false), "death");

        OutcomeAnalysis a = engine.analyse(plan(List.of(mortality), List.of(), Set.of()), studies, List.of(robB))
                .outcomes().get(0);

        var rob = a.grade().orElseThrow().ratings().get(0);
        assertThat(rob.reason()).startsWith("50% of the weight from high-risk studies");
        assertThat(rob.downgrade()).isEqualTo(2);
    }
}
