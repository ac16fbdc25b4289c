package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.grade.GradeProposer;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.NetworkAndTsaPlans;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.Pico;
import org.evsyn.core.review.plan.ReviewFiles;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.core.review.plan.TsaPlan;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.TsaResult;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Trial sequential analysis and fragility computed with a review. References: the required information size of
 * Wetterslev, Thorlund, Brok and Gluud (2008), N = 4 (z(1 - α/2) + z(1 - β))² p̄(1 - p̄) / δ²; and the fragility
 * index of the R package {@code fragility} 1.6.1 on its {@code dat.ns} meta-analysis 11 (FI = 2, also with REML;
 * Atal et al. 2019), as the shared oracles' README gives them.
 */
class TsaAndFragilityTest {

    private final ReviewEngine engine = new ReviewEngine(new OutcomeDataExtractor(),
            new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer()));

    private static OutcomePlan outcome(String measure, Direction direction) {
        return new OutcomePlan("death", "Death", List.of(), Optional.empty(), direction, measure,
                new TimepointRule.Last(OptionalDouble.empty(), true));
    }

    private static ReviewPlan plan(OutcomePlan outcome, Map<String, TsaPlan> tsa) {
        return new ReviewPlan("t", "Test review", new Pico("p", "i", "c", "o", Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(), List.of(), new ReviewFiles(List.of("x.csv"), Optional.empty(),
                Optional.empty()), List.of(outcome), new ModelPlan(Tau2Method.REML, TestMethod.Z, 95), List.of(),
                Set.of(), List.of(), MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(), List.of(),
                List.of(), Map.of(), List.of(), Optional.empty(), new NetworkAndTsaPlans(List.of(), tsa),
                org.evsyn.core.review.plan.ScreeningPlan.DEFAULT);
    }

    /** dat.ns meta-analysis 11, control arm first in the source: 7/30 vs 3/30, 1/16 vs 1/17, 2/13 vs 0/12. */
    private static List<ExtractedStudy> datNs11() {
        return List.of(study("ns1", 2001, 3, 30, 7, 30), study("ns2", 2002, 1, 17, 1, 16),
                study("ns3", 2003, 0, 12, 2, 13));
    }

    private static ExtractedStudy study(String id, int year, int e1, int n1, int e2, int n2) {
        return new TestStudies(id, year).arm("cell", ExtractedArm.Role.EXPERIMENTAL)
                .arm("control", ExtractedArm.Role.CONTROL).events("death", null, "cell", n1, e1)
                .events("death", null, "control", n2, e2).build();
    }

    @Test
    void everyPooledEventOutcomeGetsItsFragilityIndex() {
        ReviewAnalysis a = engine.analyse(plan(outcome("OR", Direction.LOWER_IS_BETTER), Map.of()), datNs11(),
                List.of());
        TsaAndFragility s = a.beyondPairwise().of("death").orElseThrow();
        assertThat(s.tsa()).isEmpty();
        assertThat(s.tsaNotPossible()).isEmpty();
        MetaFragility f = s.fragility().orElseThrow();
        assertThat(f.significant()).isFalse();
        assertThat(f.index()).isEqualTo(2);
        assertThat(f.quotient()).isCloseTo(2.0 / 118, within(1e-12));
        assertThat(f.studies()).hasSize(3);
    }

    @Test
    void continuousOutcomesHaveNoFragilityIndex() {
        OutcomePlan md = new OutcomePlan("score", "Score", List.of(), Optional.empty(), Direction.LOWER_IS_BETTER,
                "MD", new TimepointRule.Last(OptionalDouble.empty(), true));
        ExtractedStudy s = new TestStudies("S", 2000).arm("cell", ExtractedArm.Role.EXPERIMENTAL)
                .arm("control", ExtractedArm.Role.CONTROL).meanSd("score", null, "cell", 20, 3.0, 1.0)
                .meanSd("score", null, "control", 20, 4.0, 1.0).build();
        ReviewAnalysis a = engine.analyse(plan(md, Map.of()), List.of(s), List.of());
        assertThat(a.beyondPairwise().sequential()).isEmpty();
    }

    @Test
    void theRequiredInformationSizeFollowsThePlansSettings() {
        TsaPlan settings = new TsaPlan(OptionalDouble.of(0.1), OptionalDouble.of(0.25), OptionalDouble.empty(),
                OptionalDouble.empty(), 0.05, 0.8, TsaPlan.Adjust.NONE);
        ReviewAnalysis a = engine.analyse(plan(outcome("RR", Direction.LOWER_IS_BETTER), Map.of("death", settings)),
                datNs11(), List.of());
        TsaAndFragility s = a.beyondPairwise().of("death").orElseThrow();
        TsaResult t = s.tsa().orElseThrow();
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double z = normal.inverseCumulativeProbability(0.975) + normal.inverseCumulativeProbability(0.8);
        double pc = 0.1;
        double pi = 0.075;
        double pbar = (pc + pi) / 2;
        assertThat(t.ris().unadjusted()).isCloseTo(4 * z * z * pbar * (1 - pbar) / Math.pow(pc - pi, 2),
                within(1e-6));
        assertThat(t.points()).extracting(p -> p.label()).containsExactly("ns1", "ns2", "ns3");
        assertThat(t.options().effect().benefitSign()).isEqualTo(-1);
        // The drawn boundary curve reaches the required information size.
        assertThat(s.tsaBoundaries().orElseThrow().looks().get(s.tsaBoundaries().get().looks().size() - 1)
                .fraction()).isEqualTo(1.0);
    }

    @Test
    void aDesirableOutcomesRelativeChangeIsAnIncrease() {
        TsaPlan settings = new TsaPlan(OptionalDouble.of(0.1), OptionalDouble.of(0.25), OptionalDouble.empty(),
                OptionalDouble.empty(), 0.05, 0.8, TsaPlan.Adjust.D2);
        ReviewAnalysis a = engine.analyse(plan(outcome("RR", Direction.HIGHER_IS_BETTER), Map.of("death", settings)),
                datNs11(), List.of());
        TsaResult t = a.beyondPairwise().of("death").orElseThrow().tsa().orElseThrow();
        AssumedEffect.RiskReduction rr = (AssumedEffect.RiskReduction) t.options().effect();
        assertThat(rr.relativeRiskReduction()).isEqualTo(-0.25);
        assertThat(rr.interventionRisk()).isCloseTo(0.125, within(1e-12));
        assertThat(t.options().effect().benefitSign()).isEqualTo(1);
    }

    @Test
    void settingsTheStatsRejectBecomeAReasonNotACrash() {
        // A relative increase of 95% on a control risk of 0.6 would need an intervention risk above 1.
        TsaPlan settings = new TsaPlan(OptionalDouble.of(0.6), OptionalDouble.of(0.95), OptionalDouble.empty(),
                OptionalDouble.empty(), 0.05, 0.8, TsaPlan.Adjust.D2);
        ReviewAnalysis a = engine.analyse(plan(outcome("RR", Direction.HIGHER_IS_BETTER), Map.of("death", settings)),
                datNs11(), List.of());
        TsaAndFragility s = a.beyondPairwise().of("death").orElseThrow();
        assertThat(s.tsa()).isEmpty();
        assertThat(s.tsaNotPossible().orElseThrow()).startsWith("trial sequential analysis not possible: ");
    }
}
