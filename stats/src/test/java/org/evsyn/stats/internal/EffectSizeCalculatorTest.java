package org.evsyn.stats.internal;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.InvalidStudyException;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Per-study effect sizes: formulas, corrections and their notes, and rejection of invalid data. */
class EffectSizeCalculatorTest {

    private static final List<BinaryStudy> ZERO_CELLS = List.of(
            new BinaryStudy("A", 0, 30, 4, 31),
            new BinaryStudy("B", 5, 50, 9, 52),
            new BinaryStudy("D", 0, 25, 0, 24));

    @Test
    void hedgesCorrectionIsTheExactGammaRatio() {
        // Closed forms: J(2) = 1/√π; J(10) = Γ(5)/(√5·Γ(9/2)) = 384/(105·√(5π)).
        assertThat(EffectSizeCalculator.hedgesCorrection(2)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-15));
        assertThat(EffectSizeCalculator.hedgesCorrection(10))
                .isCloseTo(384 / (105 * Math.sqrt(5 * Math.PI)), within(1e-15));
        // ... which is not the 1 − 3/(4m − 1) approximation.
        assertThat(Math.abs(EffectSizeCalculator.hedgesCorrection(10) - (1 - 3.0 / 39))).isGreaterThan(1e-4);
        assertThat(EffectSizeCalculator.hedgesCorrection(100_000)).isCloseTo(1, within(1e-5));
    }

    @Test
    void standardisedMeanDifferenceUsesPooledSdAndLargeSampleVariance() {
        ContinuousStudy s = new ContinuousStudy("S", 6, 10, 2, 6, 8, 2);
        EffectSizes es = EffectSizeCalculator.continuous(EffectMeasure.SMD, List.of(s));
        double g = 384 / (105 * Math.sqrt(5 * Math.PI)) * (10 - 8) / 2.0;
        assertThat(es.yi()[0]).isCloseTo(g, within(1e-14));
        assertThat(es.vi()[0]).isCloseTo(1 / 6.0 + 1 / 6.0 + g * g / 24, within(1e-14));
    }

    @Test
    void meanDifferenceIsTreatmentMinusControl() {
        EffectSizes es = EffectSizeCalculator.continuous(EffectMeasure.MD,
                List.of(new ContinuousStudy("S", 10, 5, 2, 20, 3, 4)));
        assertThat(es.yi()[0]).isEqualTo(2);
        assertThat(es.vi()[0]).isCloseTo(4 / 10.0 + 16 / 20.0, within(1e-15));
        assertThat(es.notes()).isEmpty();
    }

    @Test
    void zeroCellStudiesAreCorrectedAndTheCorrectionIsReported() {
        EffectSizes es = EffectSizeCalculator.binary(EffectMeasure.RR, ZERO_CELLS,
                ContinuityCorrection.escalcDefault());
        assertThat(es.yi()[0]).isCloseTo(Math.log((0.5 / 31) / (4.5 / 32)), within(1e-14));
        assertThat(es.vi()[1]).isCloseTo(1 / 5.0 - 1 / 50.0 + 1 / 9.0 - 1 / 52.0, within(1e-14));
        assertThat(es.isIncluded(2)).as("double zero kept by escalc's default").isTrue();
        assertThat(es.notes()).containsExactly(
                "study A: 0.5 added to all cells (zero cell)",
                "study D: 0.5 added to all cells (zero cell)");
    }

    @Test
    void doubleZeroStudiesAreDroppedWhenAskedAndTheDropIsReported() {
        EffectSizes es = EffectSizeCalculator.binary(EffectMeasure.OR, ZERO_CELLS,
                ContinuityCorrection.pooledDefault());
        assertThat(es.yi()[2]).isNaN();
        assertThat(es.vi()[2]).isNaN();
        assertThat(es.includedLabels()).containsExactly("A", "B");
        assertThat(es.notes()).contains("study D: dropped (no events in either arm)");
    }

    @Test
    void correctionRuleAllCorrectsEveryStudyAndNoneLeavesUndefinedEffectsOut() {
        EffectSizes all = EffectSizeCalculator.binary(EffectMeasure.OR, ZERO_CELLS,
                new ContinuityCorrection(0.5, CorrectionRule.ALL, false));
        assertThat(all.yi()[1]).isCloseTo(Math.log(5.5 * 43.5 / (45.5 * 9.5)), within(1e-14));
        assertThat(all.notes()).hasSize(3);

        EffectSizes none = EffectSizeCalculator.binary(EffectMeasure.RR, ZERO_CELLS,
                new ContinuityCorrection(0, CorrectionRule.NONE, false));
        assertThat(none.isIncluded(0)).isFalse();
        assertThat(none.notes().get(0)).startsWith("study A: excluded");

        EffectSizes rd = EffectSizeCalculator.binary(EffectMeasure.RD, ZERO_CELLS,
                new ContinuityCorrection(0, CorrectionRule.NONE, true));
        assertThat(rd.yi()[0]).isCloseTo(0 - 4 / 31.0, within(1e-15));
    }

    @Test
    void petoPerStudyValueUsesTheCorrectedTable() {
        EffectSizes es = EffectSizeCalculator.binary(EffectMeasure.PETO,
                List.of(new BinaryStudy("G", 0, 25, 3, 25)), ContinuityCorrection.pooledDefault());
        // Corrected table 0.5/25.5 vs 3.5/22.5: E = 2, V = 16/17.
        assertThat(es.vi()[0]).isCloseTo(17 / 16.0, within(1e-14));
        assertThat(es.yi()[0]).isCloseTo(-1.5 * 17 / 16.0, within(1e-14));
    }

    @Test
    void smdWithoutVariationIsRejectedNamingTheStudy() {
        assertThatThrownBy(() -> EffectSizeCalculator.continuous(EffectMeasure.SMD,
                List.of(new ContinuousStudy("Flat", 5, 1, 0, 5, 2, 0))))
                .isInstanceOf(InvalidStudyException.class).hasMessageContaining("Flat")
                .hasMessageContaining("standard deviations of the two arms");
    }

    @Test
    void genericStudiesAcceptStandardErrorsAndConfidenceIntervals() {
        assertThat(GenericStudy.ofStandardError("S", 0.3, 0.2).vi()).isCloseTo(0.04, within(1e-15));
        GenericStudy or = GenericStudy.fromConfidenceInterval("R", 2, 1, 4, 95, true);
        double se = Math.log(4) / (2 * 1.959963984540054);
        assertThat(or.yi()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(or.vi()).isCloseTo(se * se, within(1e-14));
        GenericStudy md = GenericStudy.fromConfidenceInterval("M", 1.5, 0.5, 2.5, 90, false);
        assertThat(Math.sqrt(md.vi())).isCloseTo(1 / 1.6448536269514722, within(1e-12));
        assertThatThrownBy(() -> GenericStudy.fromConfidenceInterval("Bad", 2, 3, 4, 95, true))
                .isInstanceOf(InvalidStudyException.class).hasMessageContaining("Bad");
        assertThatThrownBy(() -> new GenericStudy("V", 0.1, -1)).isInstanceOf(InvalidStudyException.class)
                .hasMessage("study 'V': the sampling variance must not be negative (-1.0)");
    }

    @Test
    void effectSizesAreImmutable() {
        EffectSizes es = EffectSizeCalculator.generic(List.of(new GenericStudy("A", 1, 2)));
        es.yi()[0] = 99;
        es.vi()[0] = 99;
        assertThat(es.yi()[0]).isEqualTo(1);
        assertThat(es.vi()[0]).isEqualTo(2);
        assertThatThrownBy(() -> es.labels().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
