package org.evsyn.stats.network;

import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * netmeta's published analysis of Stowe 2010 (Balduzzi et al. 2023, J Stat Softw 106(2), section 5.1; numbers as
 * collected in the project's shared oracle README, where "recomputed" ones are marked), each to the precision it was
 * printed with (half a unit of the last printed digit).
 */
class Stowe2010NetmetaTest {

    private static NetworkFit fit(NetworkMethod method) {
        return Network.netmeta(Stowe2010.arms(), NetworkOptions.of(EffectMeasure.MD, "Placebo", method));
    }

    private static Map<String, RelativeEffect> vsPlacebo(NetworkFit fit) {
        return fit.effectsVsReference().stream().collect(Collectors.toMap(RelativeEffect::treatment1,
                Function.identity()));
    }

    @Test
    void theNetworkHas29StudiesFourTreatmentsAndFourDesigns() {
        NetworkFit fit = fit(NetworkMethod.DL);
        assertThat(fit.studies()).isEqualTo(29);
        assertThat(fit.treatmentCount()).isEqualTo(4);
        assertThat(fit.k()).isEqualTo(30);
        // netmeta counts 31 pairwise comparisons: the three-arm study gives three.
        assertThat(fit.multiArmAdjustments()).hasSize(31);
        assertThat(fit.geometry().designs()).hasSize(4);
        assertThat(fit.treatments()).containsExactly("Placebo", "COMTI", "Dopamine Agonist", "MAOBI");
    }

    @Test
    void generalisedDerSimonianLairdMatchesNetmeta() {
        NetworkFit fit = fit(NetworkMethod.DL);
        NetworkHeterogeneity h = fit.heterogeneity();
        assertThat(h.tau2()).isCloseTo(0.1518, within(5e-5));
        assertThat(h.tau()).isCloseTo(0.3896, within(5e-5));
        assertThat(h.i2()).isCloseTo(43.9, within(0.05));
        assertThat(h.i2Lower()).isCloseTo(12.3, within(0.05));
        assertThat(h.i2Upper()).isCloseTo(64.2, within(0.05));
        Map<String, RelativeEffect> e = vsPlacebo(fit);
        assertEffect(e.get("COMTI"), -0.9454, -1.27, -0.63);
        assertEffect(e.get("Dopamine Agonist"), -1.4916, -1.86, -1.12);
        assertEffect(e.get("MAOBI"), -1.0331, -1.56, -0.50);
    }

    private static void assertEffect(RelativeEffect e, double estimate, double lower, double upper) {
        assertThat(e.estimate()).as(e.treatment1()).isCloseTo(estimate, within(5e-5));
        assertThat(e.ciLower()).as(e.treatment1()).isCloseTo(lower, within(0.005));
        assertThat(e.ciUpper()).as(e.treatment1()).isCloseTo(upper, within(0.005));
    }

    @Test
    void commonEffectMatchesNetmeta() {
        Map<String, RelativeEffect> e = vsPlacebo(fit(NetworkMethod.FE));
        assertThat(e.get("COMTI").estimate()).isCloseTo(-0.8482, within(5e-5));
        assertThat(e.get("COMTI").se()).isCloseTo(0.1049, within(5e-5));
        assertThat(e.get("Dopamine Agonist").estimate()).isCloseTo(-1.5537, within(5e-5));
        assertThat(e.get("Dopamine Agonist").se()).isCloseTo(0.1462, within(5e-5));
        assertThat(e.get("MAOBI").estimate()).isCloseTo(-0.9251, within(5e-5));
        assertThat(e.get("MAOBI").se()).isCloseTo(0.1494, within(5e-5));
    }

    @Test
    void remlAndMlMatchTheRecomputedRmaMvFits() {
        NetworkFit reml = fit(NetworkMethod.REML);
        assertThat(reml.heterogeneity().tau2()).isCloseTo(0.1290, within(5e-5));
        Map<String, RelativeEffect> e = vsPlacebo(reml);
        assertThat(e.get("COMTI").estimate()).isCloseTo(-0.9384, within(5e-5));
        assertThat(e.get("Dopamine Agonist").estimate()).isCloseTo(-1.4972, within(5e-5));
        assertThat(e.get("MAOBI").estimate()).isCloseTo(-1.0255, within(5e-5));
        assertThat(fit(NetworkMethod.ML).heterogeneity().tau2()).isCloseTo(0.0843, within(5e-5));
    }

    @Test
    void pScoresAndLeagueMatchNetmeta() {
        NetworkFit fit = fit(NetworkMethod.DL);
        Map<String, Double> p = fit.pScores().stream().collect(Collectors.toMap(TreatmentScore::treatment,
                TreatmentScore::score));
        assertThat(p.get("Dopamine Agonist")).isCloseTo(0.9677, within(5e-5));
        assertThat(p.get("MAOBI")).isCloseTo(0.5664, within(5e-5));
        assertThat(p.get("COMTI")).isCloseTo(0.4659, within(5e-5));
        assertThat(p.get("Placebo")).isCloseTo(0.0000, within(5e-5));
        assertThat(fit.effect("Dopamine Agonist", "MAOBI").estimate()).isCloseTo(-0.46, within(0.005));
        assertThat(fit.effect("Dopamine Agonist", "COMTI").estimate()).isCloseTo(-0.55, within(0.005));
        assertThat(fit.effect("MAOBI", "COMTI").estimate()).isCloseTo(-0.09, within(0.005));
    }

    @Test
    void decompositionOfQMatchesNetmeta() {
        QDecomposition d = fit(NetworkMethod.DL).decomposition();
        assertTest(d.total(), 48.15, 27, 0.0074);
        assertTest(d.withinDesigns(), 46.91, 25, 0.0050);
        assertTest(d.betweenDesigns(), 1.24, 2, 0.5376);
        Map<String, ChiSquareTest> designs = d.designs().stream().collect(Collectors.toMap(DesignQ::design,
                DesignQ::q));
        assertThat(designs).containsOnlyKeys("Placebo:COMTI", "Placebo:Dopamine Agonist", "Placebo:MAOBI");
        assertThat(designs.get("Placebo:COMTI").stat()).isCloseTo(23.65, within(0.005));
        assertThat(designs.get("Placebo:COMTI").df()).isEqualTo(10);
        assertThat(designs.get("Placebo:Dopamine Agonist").stat()).isCloseTo(21.70, within(0.005));
        assertThat(designs.get("Placebo:Dopamine Agonist").df()).isEqualTo(14);
        assertThat(designs.get("Placebo:MAOBI").stat()).isCloseTo(1.56, within(0.005));
        assertThat(designs.get("Placebo:MAOBI").df()).isEqualTo(1);
        assertTest(d.betweenDesignsRandom(), 0.45, 2, 0.7968);
        assertThat(d.tauWithin()).isCloseTo(0.4547, within(5e-5));
    }

    private static void assertTest(ChiSquareTest t, double stat, int df, double p) {
        assertThat(t.stat()).isCloseTo(stat, within(0.005));
        assertThat(t.df()).isEqualTo(df);
        assertThat(t.pval()).isCloseTo(p, within(5e-5));
    }

    @Test
    void nodeSplittingByBackCalculationMatchesNetsplit() {
        List<NodeSplit> splits = fit(NetworkMethod.DL).netsplit();
        assertThat(splits).extracting(s -> s.treatment1() + ":" + s.treatment2())
                .containsExactly("COMTI:MAOBI", "COMTI:Placebo", "MAOBI:Placebo");
        assertSplit(splits.get(0), 0.44, 0.09, -0.02, 0.17, -0.33, 0.7450);
        assertSplit(splits.get(1), 0.98, -0.95, -0.93, -1.65, 0.66, 0.5071);
        assertSplit(splits.get(2), 0.90, -1.03, -1.03, -1.08, 0.06, 0.9544);
        assertThat(splits.get(0).directStudies()).isEqualTo(1);
        assertThat(splits.get(1).directStudies()).isEqualTo(12);
    }

    private static void assertSplit(NodeSplit s, double prop, double nma, double direct, double indirect, double z,
                                    double p) {
        String what = s.treatment1() + ":" + s.treatment2();
        assertThat(s.directProportion()).as(what).isCloseTo(prop, within(0.005));
        assertThat(s.nma().estimate()).as(what).isCloseTo(nma, within(0.005));
        assertThat(s.direct().estimate()).as(what).isCloseTo(direct, within(0.005));
        assertThat(s.indirect().estimate()).as(what).isCloseTo(indirect, within(0.005));
        assertThat(s.zval()).as(what).isCloseTo(z, within(0.005));
        assertThat(s.pval()).as(what).isCloseTo(p, within(5e-5));
        assertThat(s.difference()).isCloseTo(s.direct().estimate() - s.indirect().estimate(), within(1e-12));
    }

    @Test
    void largoStandardErrorAfterTheMultiArmAdjustment() {
        MultiArmWeight random = largoComtiPlacebo(fit(NetworkMethod.DL));
        assertThat(random.adjustedSe()).isCloseTo(0.543, within(5e-4));
        MultiArmWeight common = largoComtiPlacebo(fit(NetworkMethod.FE));
        assertThat(common.se()).isCloseTo(0.212, within(5e-4));
        assertThat(common.adjustedSe()).isCloseTo(0.2593, within(5e-5));
    }

    private static MultiArmWeight largoComtiPlacebo(NetworkFit fit) {
        return fit.multiArmAdjustments().stream()
                .filter(w -> w.study().equals("LARGO") && w.treatment1().equals("COMTI")
                        && w.treatment2().equals("Placebo")).findFirst().orElseThrow();
    }
}
