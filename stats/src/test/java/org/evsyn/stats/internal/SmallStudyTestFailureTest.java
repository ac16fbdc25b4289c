package org.evsyn.stats.internal;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.FunnelPlot;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Inputs for which the small-study tests have no answer fail with a clear message. */
class SmallStudyTestFailureTest {

    private static final double[] EQUAL_VI = {0.04, 0.04, 0.04, 0.04, 0.04};
    private static final double[] YI = {0.1, 0.3, -0.2, 0.5, 0.2};

    @Test
    void eggerFailsWhenAllStandardErrorsAreEqual() {
        assertThatThrownBy(() -> EggerTest.run(YI, EQUAL_VI, 95))
                .isInstanceOf(StatsException.class).hasMessageContaining("standard errors are equal");
    }

    @Test
    void trimAndFillFailsWhenTheSideCannotBeDetermined() {
        assertThatThrownBy(() -> TrimAndFill.run(YI, EQUAL_VI, ModelOptions.defaults()))
                .isInstanceOf(StatsException.class).hasMessageContaining("side");
    }

    @Test
    void beggFailsWhenTheStandardisedEffectsDoNotVary() {
        double[] same = {0.2, 0.2, 0.2, 0.2, 0.2};
        assertThatThrownBy(() -> BeggTest.run(same, new double[]{0.01, 0.02, 0.03, 0.04, 0.05}))
                .isInstanceOf(StatsException.class).hasMessageContaining("do not vary");
    }

    @Test
    void testsNeedAtLeastThreeStudies() {
        double[] y = {0.1, 0.2};
        double[] v = {0.01, 0.02};
        assertThatThrownBy(() -> EggerTest.run(y, v, 95)).isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> BeggTest.run(y, v)).isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> TrimAndFill.run(y, v, ModelOptions.defaults())).isInstanceOf(StatsException.class);
    }

    @Test
    void beggUsesTheNormalApproximationWithTies() {
        double[] y = {0.1, 0.5, 0.2, 0.9, 0.4, 0.3};
        double[] v = {0.01, 0.02, 0.02, 0.05, 0.03, 0.04};
        BeggResult r = BeggTest.run(y, v);
        assertThat(r.exact()).isFalse();
        assertThat(r.pval()).isBetween(0.0, 1.0);
    }

    @Test
    void funnelLimitsWidenWithTheStandardError() {
        FunnelPlot f = FunnelPlot.of(YI, new double[]{0.01, 0.02, 0.03, 0.04, 0.05}, java.util.List.of(), 0.2, 95);
        assertThat(f.lowerLimitAt(0)).isEqualTo(0.2);
        assertThat(f.upperLimitAt(0.1)).isCloseTo(0.2 + 1.959963984540054 * 0.1, within(1e-12));
        assertThat(f.maxSe()).isCloseTo(Math.sqrt(0.05), within(1e-15));
    }
}
