package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input gives a one-line StatsException naming the study and field; the data step's rules. */
class NetworkDataErrorsTest {

    private static final NetworkOptions OR = NetworkOptions.of(EffectMeasure.OR, "A", NetworkMethod.FE);

    @Test
    void unknownReferenceIsNamed() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "B", 2, 10));
        assertThatThrownBy(() -> Network.netmeta(arms, NetworkOptions.of(EffectMeasure.OR, "Z", NetworkMethod.FE)))
                .isInstanceOf(StatsException.class).hasMessageContaining("'Z'").hasMessageContaining("A, B");
    }

    @Test
    void aStudyWithOneArmIsNamed() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "B", 2, 10),
                new BinaryArm("s2", "A", 3, 10));
        assertThatThrownBy(() -> Network.netmeta(arms, OR)).isInstanceOf(StatsException.class)
                .hasMessageContaining("study 's2' has one arm");
    }

    @Test
    void aTreatmentTwiceInAStudyIsNamed() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "A", 2, 10));
        assertThatThrownBy(() -> Network.netmeta(arms, OR)).isInstanceOf(StatsException.class)
                .hasMessageContaining("study 's1', field treatment: treatment 'A'");
    }

    @Test
    void negativeOrImpossibleCountsAreNamed() {
        assertThatThrownBy(() -> new BinaryArm("s1", "A", -1, 10)).isInstanceOf(StatsException.class)
                .hasMessageContaining("study 's1', treatment 'A', field events");
        assertThatThrownBy(() -> new BinaryArm("s1", "A", 11, 10)).isInstanceOf(StatsException.class)
                .hasMessageContaining("field events");
        assertThatThrownBy(() -> new ContinuousArm("s1", "A", 1, 0, 10)).isInstanceOf(StatsException.class)
                .hasMessageContaining("field sd");
    }

    @Test
    void armsOfTheWrongKindForTheMeasureAreNamed() {
        List<ContinuousArm> arms = List.of(new ContinuousArm("s1", "A", 1, 1, 10),
                new ContinuousArm("s1", "B", 2, 1, 10));
        assertThatThrownBy(() -> Network.netmeta(arms, OR)).isInstanceOf(StatsException.class)
                .hasMessageContaining("study 's1'").hasMessageContaining("measure OR");
    }

    @Test
    void aZeroCellWithoutCorrectionIsNamed() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 0, 10), new BinaryArm("s1", "B", 2, 10));
        NetworkOptions none = OR.withCorrection(new ContinuityCorrection(0.5, CorrectionRule.NONE, false));
        assertThatThrownBy(() -> Network.netmeta(arms, none)).isInstanceOf(StatsException.class)
                .hasMessageContaining("study 's1', treatment 'A', field events");
    }

    @Test
    void doubleZeroStudiesAreDroppedOrKeptAsAsked() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "A", 1, 10), new BinaryArm("s1", "B", 2, 10),
                new BinaryArm("s2", "A", 0, 10), new BinaryArm("s2", "B", 0, 12));
        assertThat(Network.netmeta(arms, OR).studiesDropped()).containsExactly("s2");
        NetworkFit kept = Network.netmeta(arms,
                OR.withCorrection(new ContinuityCorrection(0.5, CorrectionRule.ONLY0, false)));
        assertThat(kept.studiesDropped()).isEmpty();
        assertThat(kept.contrasts().get(1).yi()).isEqualTo(Math.log(0.5 / 12.5) - Math.log(0.5 / 10.5));
    }

    @Test
    void theBaselineIsTheReferenceArmElseTheFirstArm() {
        List<BinaryArm> arms = List.of(new BinaryArm("s1", "C", 1, 10), new BinaryArm("s1", "A", 2, 10),
                new BinaryArm("s2", "C", 3, 10), new BinaryArm("s2", "B", 4, 10));
        NetworkFit fit = Network.netmeta(arms, OR);
        assertThat(fit.contrasts()).extracting(NetworkContrast::baseline).containsExactly("A", "C");
        assertThat(fit.treatments()).containsExactly("A", "B", "C");
    }

    @Test
    void inconsistentMultiArmContrastVariancesAreNamed() {
        List<PairwiseContrast> contrasts = List.of(new PairwiseContrast("s1", "B", "A", 1, 0.5),
                new PairwiseContrast("s1", "C", "A", 2, 0.5), new PairwiseContrast("s1", "C", "B", 1, 2.0));
        assertThatThrownBy(() -> Network.netmetaContrasts(contrasts,
                NetworkOptions.of(EffectMeasure.GENERIC, "A", NetworkMethod.FE)))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 's1'").hasMessageContaining("field se");
    }

    @Test
    void aFourArmStudyWhoseVariancesComeFromNoArmVariancesIsNamed() {
        // Arm variances 0.1, 0.2, 0.3, 0.4 give v_ij = u_i + u_j; D vs C is off (0.9 instead of 0.7).
        List<PairwiseContrast> contrasts = List.of(new PairwiseContrast("s1", "B", "A", 1, Math.sqrt(0.3)),
                new PairwiseContrast("s1", "C", "A", 2, Math.sqrt(0.4)),
                new PairwiseContrast("s1", "D", "A", 3, Math.sqrt(0.5)),
                new PairwiseContrast("s1", "C", "B", 1, Math.sqrt(0.5)),
                new PairwiseContrast("s1", "D", "B", 2, Math.sqrt(0.6)),
                new PairwiseContrast("s1", "D", "C", 1, Math.sqrt(0.9)));
        assertThatThrownBy(() -> Network.netmetaContrasts(contrasts,
                NetworkOptions.of(EffectMeasure.GENERIC, "A", NetworkMethod.FE)))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 's1'").hasMessageContaining("field se");
    }

    @Test
    void multiArmEstimatesThatDoNotCloseTheLoopAreNamed() {
        List<PairwiseContrast> contrasts = List.of(new PairwiseContrast("s1", "B", "A", 1, 0.5),
                new PairwiseContrast("s1", "C", "A", 2, 0.5), new PairwiseContrast("s1", "C", "B", 3, 0.5));
        assertThatThrownBy(() -> Network.netmetaContrasts(contrasts,
                NetworkOptions.of(EffectMeasure.GENERIC, "A", NetworkMethod.FE)))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 's1'")
                .hasMessageContaining("field estimate");
    }

    @Test
    void aMultiArmStudyMissingAComparisonIsNamed() {
        List<PairwiseContrast> contrasts = List.of(new PairwiseContrast("s1", "B", "A", 1, 0.5),
                new PairwiseContrast("s1", "C", "A", 2, 0.5));
        assertThatThrownBy(() -> Network.netmetaContrasts(contrasts,
                NetworkOptions.of(EffectMeasure.GENERIC, "A", NetworkMethod.FE)))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 's1'")
                .hasMessageContaining("'C' vs 'B'");
    }

    @Test
    void contrastInputGivesTheSameFitAsArmInput() {
        // Arm-level MD data and the pairwise contrasts computed from it must give the same network.
        List<ContinuousArm> arms = List.of(new ContinuousArm("s1", "A", 1.0, 2.0, 20),
                new ContinuousArm("s1", "B", 2.0, 2.5, 25), new ContinuousArm("s1", "C", 0.5, 1.5, 30),
                new ContinuousArm("s2", "A", 1.2, 2.0, 40), new ContinuousArm("s2", "B", 1.9, 2.2, 40),
                new ContinuousArm("s3", "B", 2.1, 1.0, 15), new ContinuousArm("s3", "C", 0.9, 1.1, 15));
        NetworkFit byArms = Network.netmeta(arms, NetworkOptions.of(EffectMeasure.MD, "A", NetworkMethod.FE));
        List<PairwiseContrast> contrasts = new java.util.ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            for (int j = i + 1; j < arms.size(); j++) {
                ContinuousArm x = arms.get(i);
                ContinuousArm y = arms.get(j);
                if (x.study().equals(y.study())) {
                    contrasts.add(new PairwiseContrast(x.study(), y.treatment(), x.treatment(), y.mean() - x.mean(),
                            Math.sqrt(x.sd() * x.sd() / x.n() + y.sd() * y.sd() / y.n())));
                }
            }
        }
        NetworkFit byContrasts = Network.netmetaContrasts(contrasts,
                NetworkOptions.of(EffectMeasure.GENERIC, "A", NetworkMethod.FE));
        for (int i = 0; i < 2; i++) {
            RelativeEffect a = byArms.effectsVsReference().get(i);
            RelativeEffect c = byContrasts.effectsVsReference().get(i);
            assertThat(c.estimate()).isCloseTo(a.estimate(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(c.se()).isCloseTo(a.se(), org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(byContrasts.heterogeneity().q().stat())
                .isCloseTo(byArms.heterogeneity().q().stat(), org.assertj.core.data.Offset.offset(1e-10));
    }
}
