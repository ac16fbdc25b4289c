package org.evsyn.core.review.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.stats.network.RelativeEffect;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The network analyses a plan declares, run by the engine on extracted studies: every arm of a multi-arm study
 * enters, and data that do not allow a network give the reason. Reference numbers: the metafor 3.8-1 fixture of
 * dat.hasselblad1998 in {@code src/test/resources/conformance-nma} (its README names the source).
 */
class NetworkAnalysisTest {

    private static final OutcomePlan QUIT = new OutcomePlan("quit", "Smoking cessation", List.of(), Optional.empty(),
            Direction.HIGHER_IS_BETTER, "OR", new TimepointRule.Last(OptionalDouble.empty(), true));

    private static NetworkPlan plan(String reference, NetworkPlan.Method method, Map<String, String> relabel,
                                    boolean correctAll) {
        return new NetworkPlan("quit", reference, method, relabel, NetworkPlan.DEFAULT_CONTROL, correctAll);
    }

    @Test
    void hasselbladsNetworkMatchesMetaforWithEveryArmOfItsThreeArmStudies() throws IOException {
        JsonNode fixture = fixture();
        Map<String, TestStudies> byStudy = new LinkedHashMap<>();
        for (JsonNode arm : fixture.at("/input/arms")) {
            String study = arm.get("study").asText();
            String treatment = arm.get("treatment").asText();
            TestStudies s = byStudy.computeIfAbsent(study, k -> new TestStudies(k, 1990));
            // Every arm "other" except no contact: a network takes arms whatever their role.
            s.arm(treatment, treatment.equals("no_contact") ? ExtractedArm.Role.CONTROL : ExtractedArm.Role.OTHER)
                    .treatment(treatment, treatment)
                    .events("quit", null, treatment, arm.get("n").asInt(), arm.get("events").asInt());
        }
        List<ExtractedStudy> studies = byStudy.values().stream().map(TestStudies::build).toList();

        NetworkAnalysis a = NetworkAnalyser.analyse(plan("no_contact", NetworkPlan.Method.REML, Map.of(), true),
                QUIT, 95, studies);

        assertThat(a.notPossible()).isEmpty();
        assertThat(a.data().arms()).hasSize(50);
        NetworkAnalysis.NetworkResult r = a.result().orElseThrow();
        JsonNode expected = fixture.get("expected");
        assertThat(r.studies()).isEqualTo(expected.get("n_studies").asInt());
        assertThat(r.k()).isEqualTo(expected.get("k_contrasts").asInt());
        assertThat(r.treatments()).containsExactly("no_contact", "grp_counseling", "ind_counseling", "self_help");
        assertThat(r.heterogeneity().tau2()).isCloseTo(expected.get("tau2").asDouble(), within(1e-6));
        assertThat(r.heterogeneity().q().stat()).isCloseTo(expected.get("Q").asDouble(), within(1e-5));
        for (JsonNode e : expected.get("effects_vs_reference")) {
            RelativeEffect got = r.vsReference().stream()
                    .filter(x -> x.treatment1().equals(e.get("treatment").asText())).findFirst().orElseThrow();
            assertThat(got.estimate()).isCloseTo(e.get("estimate").asDouble(), within(1e-5));
            assertThat(got.se()).isCloseTo(e.get("se").asDouble(), within(1e-5));
        }
        for (JsonNode p : expected.get("p_scores")) {
            assertThat(r.pScores().stream().filter(x -> x.treatment().equals(p.get("treatment").asText()))
                    .findFirst().orElseThrow().score()).isCloseTo(p.get("p_score").asDouble(), within(1e-5));
        }
        assertThat(r.ranks().seed()).isEqualTo(NetworkAnalyser.SEED);
        assertThat(r.ranks().draws()).isEqualTo(NetworkAnalyser.DRAWS);
        assertThat(r.nodeSplits()).isNotEmpty();
        assertThat(r.geometry().nodes()).hasSize(4);
    }

    @Test
    void oneComparisonOnlyIsANoteSayingWhatANetworkNeeds() {
        List<ExtractedStudy> studies = List.of(
                twoArm("S1", "A", 10, 50, 5, 50), twoArm("S2", "A", 12, 40, 6, 41));
        NetworkAnalysis a = NetworkAnalyser.analyse(plan("control", NetworkPlan.Method.REML, Map.of(), false),
                QUIT, 95, studies);
        assertThat(a.result()).isEmpty();
        assertThat(a.notPossible()).contains("network meta-analysis needs at least two treatments compared with a "
                + "common comparator; the data compare only A with control (2 studies), which the pairwise analysis "
                + "covers");
    }

    @Test
    void aDisconnectedNetworkNamesItsParts() {
        List<ExtractedStudy> studies = List.of(named("S1", "A", "B"), named("S2", "C", "D"));
        NetworkAnalysis a = NetworkAnalyser.analyse(plan("A", NetworkPlan.Method.FE, Map.of(), false), QUIT, 95,
                studies);
        assertThat(a.result()).isEmpty();
        assertThat(a.notPossible().orElseThrow()).startsWith("the network is disconnected: ")
                .contains("{A, B}").contains("{C, D}");
    }

    @Test
    void aReferenceNoStudyHasIsNamed() {
        List<ExtractedStudy> studies = List.of(twoArm("S1", "A", 10, 50, 5, 50), twoArm("S2", "B", 12, 40, 6, 41));
        NetworkAnalysis a = NetworkAnalyser.analyse(plan("placebo", NetworkPlan.Method.FE, Map.of(), false), QUIT,
                95, studies);
        assertThat(a.notPossible()).contains("the reference \"placebo\" is not a treatment of the network (A, control,"
                + " B)");
    }

    @Test
    void armsTheRelabellingMergesAreCombinedAndArmsWithoutATreatmentLeaveTheirStudyOut() {
        ExtractedStudy doses = new TestStudies("Doses", 2001).arm("low", ExtractedArm.Role.EXPERIMENTAL)
                .arm("high", ExtractedArm.Role.EXPERIMENTAL).arm("control", ExtractedArm.Role.CONTROL)
                .treatment("low", "A 1 mg").treatment("high", "A 2 mg")
                .events("quit", null, "low", 50, 10).events("quit", null, "high", 50, 14)
                .events("quit", null, "control", 60, 6).build();
        ExtractedStudy unnamed = new TestStudies("Unnamed", 2002).arm("x", ExtractedArm.Role.OTHER)
                .arm("control", ExtractedArm.Role.CONTROL)
                .events("quit", null, "x", 30, 5).events("quit", null, "control", 30, 4).build();
        ExtractedStudy none = twoArm("NoEvents", "A 1 mg", 0, 20, 0, 20);
        NetworkArmData data = NetworkArmExtractor.extract(QUIT, plan("control", NetworkPlan.Method.FE,
                Map.of("A 1 mg", "A", "A 2 mg", "A"), false), List.of(doses, unnamed, none));
        assertThat(data.arms()).extracting(NetworkArmData.NetworkArmRow::treatment).containsExactly("A", "control");
        ArmData a = data.arms().get(0).arm();
        assertThat(a.n()).isEqualTo(100);
        assertThat(a.events().getAsInt()).isEqualTo(24);
        assertThat(data.leftOut()).extracting(MissingOutcomeData::studyId, MissingOutcomeData::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Unnamed", "arm x: no treatment recorded (the sheet's treatment "
                        + "column names what an arm received)"),
                org.assertj.core.groups.Tuple.tuple("NoEvents", "no events in any arm (or only events): the study "
                        + "carries no information on a ratio"));
    }

    @Test
    void aStarWithOneStudyPerComparisonIsFittedAsCommonEffectAndSaysWhy() {
        List<ExtractedStudy> studies = List.of(twoArm("S1", "A", 10, 50, 5, 50), twoArm("S2", "B", 12, 40, 6, 41));
        NetworkAnalysis a = NetworkAnalyser.analyse(plan("control", NetworkPlan.Method.REML, Map.of(), false), QUIT,
                95, studies);
        assertThat(a.result()).isPresent();
        assertThat(a.result().get().method()).isEqualTo("FE");
        assertThat(a.notes()).containsExactly("every comparison rests on a single study (2 within-study comparisons "
                + "for 2 treatment effects), so the between-study variance cannot be estimated: the network is fitted "
                + "with a common-effect model instead of REML, and its indirect comparisons rest on one study per "
                + "comparison");
        assertThat(a.result().get().nodeSplits()).isEmpty();
    }

    private static ExtractedStudy twoArm(String id, String treatment, int e1, int n1, int e2, int n2) {
        return new TestStudies(id, 2000).arm("t", ExtractedArm.Role.EXPERIMENTAL).arm("c", ExtractedArm.Role.CONTROL)
                .treatment("t", treatment).events("quit", null, "t", n1, e1).events("quit", null, "c", n2, e2).build();
    }

    private static ExtractedStudy named(String id, String t1, String t2) {
        return new TestStudies(id, 2000).arm("a", ExtractedArm.Role.OTHER).arm("b", ExtractedArm.Role.OTHER)
                .treatment("a", t1).treatment("b", t2).events("quit", null, "a", 40, 8)
                .events("quit", null, "b", 40, 12).build();
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = NetworkAnalysisTest.class.getResourceAsStream(
                "/conformance-nma/hasselblad1998_or_reml.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
