package org.evsyn.stats.internal;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Designs that do not identify every coefficient, and other inputs without an answer, fail clearly. */
class RankDeficientDesignTest {

    private static final double[] YI = {0.1, 0.4, -0.2, 0.3, 0.5, 0.0};
    private static final double[] VI = {0.02, 0.05, 0.04, 0.03, 0.06, 0.02};

    @Test
    void constantModeratorIsRejected() {
        DesignMatrix x = DesignMatrix.builder().numeric("c", new double[]{2, 2, 2, 2, 2, 2}).build();
        assertThatThrownBy(() -> MetaRegression.fit(YI, VI, x, ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("rank deficient");
    }

    @Test
    void linearlyDependentModeratorsAreRejected() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {3, 5, 7, 9, 11, 13}; // 2a + 1
        DesignMatrix x = DesignMatrix.builder().numeric("a", a).numeric("b", b).build();
        assertThatThrownBy(() -> MetaRegression.fit(YI, VI, x, ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("rank deficient");
    }

    @Test
    void dummiesOfEveryLevelAddedAsNumericColumnsAreRejected() {
        DesignMatrix x = DesignMatrix.withIntercept(6, List.of("g1", "g2"),
                List.of(new double[]{1, 1, 1, 0, 0, 0}, new double[]{0, 0, 0, 1, 1, 1}));
        assertThatThrownBy(() -> MetaRegression.fit(YI, VI, x, ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("rank deficient");
    }

    @Test
    void tooFewStudiesForTheCoefficientsAreRejected() {
        DesignMatrix x = DesignMatrix.builder().numeric("a", new double[]{1, 2}).build();
        assertThatThrownBy(() -> MetaRegression.fit(new double[]{0.1, 0.2}, new double[]{0.01, 0.02}, x,
                ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("more studies than coefficients");
    }

    @Test
    void zeroSamplingVarianceIsRejected() {
        double[] vi = VI.clone();
        vi[2] = 0;
        DesignMatrix x = DesignMatrix.builder().numeric("a", new double[]{1, 2, 3, 4, 5, 6}).build();
        assertThatThrownBy(() -> MetaRegression.fit(YI, vi, x, ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("not positive");
    }
}
