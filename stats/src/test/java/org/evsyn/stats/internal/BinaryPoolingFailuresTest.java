package org.evsyn.stats.internal;

import org.evsyn.stats.model.BinaryPooledFit;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Mantel–Haenszel and Peto pooling where the pooled value is undefined, and their basic conventions. */
class BinaryPoolingFailuresTest {

    private static final ContinuityCorrection CC = ContinuityCorrection.pooledDefault();

    @Test
    void mantelHaenszelOddsRatioFailsWhenOneArmNeverHasEvents() {
        List<BinaryStudy> studies = List.of(new BinaryStudy("A", 0, 20, 3, 20), new BinaryStudy("B", 0, 30, 5, 31));
        assertThatThrownBy(() -> MantelHaenszel.fit(EffectMeasure.OR, studies, CC, 95))
                .isInstanceOf(StatsException.class).hasMessageContaining("odds ratio");
        assertThatThrownBy(() -> MantelHaenszel.fit(EffectMeasure.RR, studies, CC, 95))
                .isInstanceOf(StatsException.class);
        BinaryPooledFit lenient = MantelHaenszel.evaluate(EffectMeasure.OR, studies, CC, 95);
        assertThat(lenient.estimate()).isNaN();
        assertThat(lenient.kHeterogeneity()).isEqualTo(2);
        // The risk difference stays defined.
        assertThat(MantelHaenszel.fit(EffectMeasure.RD, studies, CC, 95).estimate()).isNegative();
    }

    @Test
    void petoFailsWhenNoTableHasEvents() {
        List<BinaryStudy> studies = List.of(new BinaryStudy("A", 0, 50, 0, 50), new BinaryStudy("B", 0, 60, 0, 58));
        assertThatThrownBy(() -> PetoMethod.fit(studies, CC, 95)).isInstanceOf(StatsException.class)
                .hasMessageContaining("Peto");
    }

    @Test
    void doubleZeroTablesCountInKButNotInHeterogeneity() {
        List<BinaryStudy> studies = List.of(new BinaryStudy("A", 2, 20, 5, 20), new BinaryStudy("B", 4, 30, 9, 31),
                new BinaryStudy("C", 0, 15, 0, 15));
        BinaryPooledFit or = MantelHaenszel.fit(EffectMeasure.OR, studies, CC, 95);
        assertThat(or.k()).isEqualTo(3);
        assertThat(or.kHeterogeneity()).isEqualTo(2);
        assertThat(or.qDf()).isEqualTo(1);
        assertThat(or.cmh()).isPresent();
        assertThat(or.tarone()).hasValueSatisfying(t -> assertThat(t.df()).isEqualTo(1));
        // Double-zero tables add nothing to the MH odds ratio.
        BinaryPooledFit without = MantelHaenszel.fit(EffectMeasure.OR, studies.subList(0, 2), CC, 95);
        assertThat(or.estimate()).isCloseTo(without.estimate(), within(1e-15));
        assertThat(MantelHaenszel.fit(EffectMeasure.RR, studies, CC, 95).cmh()).isEmpty();
        assertThat(PetoMethod.fit(studies, CC, 95).estimate()).isCloseTo(PetoMethod.fit(studies.subList(0, 2), CC, 95)
                .estimate(), within(1e-15));
    }

    @Test
    void qProfileIntervalNeedsTwoStudies() {
        assertThatThrownBy(() -> QProfile.confidenceInterval(new double[]{0.4}, new double[]{0.05}, 95))
                .isInstanceOf(StatsException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> QProfile.confidenceInterval(new double[]{0.4, 0.1}, new double[]{0.05, 0}, 95))
                .isInstanceOf(StatsException.class);
    }
}
