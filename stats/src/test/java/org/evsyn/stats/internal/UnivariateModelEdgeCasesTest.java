package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Small-k, boundary and degenerate inputs of the intercept-only model. */
class UnivariateModelEdgeCasesTest {

    private static final double[] HOMOGENEOUS_Y = {0.21, 0.25, 0.19, 0.23, 0.22, 0.20};
    private static final double[] HOMOGENEOUS_V = {0.01, 0.02, 0.015, 0.03, 0.012, 0.025};

    @ParameterizedTest
    @EnumSource(Tau2Method.class)
    void singleStudyReturnsItsOwnEffectWithZTestEvenUnderKnha(Tau2Method method) {
        ModelFit f = UnivariateModel.fit(new double[]{0.42}, new double[]{0.0529},
                new ModelOptions(method, TestMethod.KNHA, 95));
        assertThat(f.k()).isEqualTo(1);
        assertThat(f.estimate()).isEqualTo(0.42);
        assertThat(f.se()).isCloseTo(0.23, within(1e-15));
        assertThat(f.statDf()).isZero();
        assertThat(f.ciUpper() - f.estimate()).isCloseTo(1.959963984540054 * 0.23, within(1e-12));
        assertThat(f.tau2()).isZero();
        assertThat(f.q()).isZero();
        assertThat(f.qDf()).isZero();
        assertThat(f.qPval()).isEqualTo(1);
        assertThat(f.i2()).isZero();
        assertThat(f.h2()).isEqualTo(1);
    }

    @Test
    void twoStudiesUnderKnhaUseOneDegreeOfFreedom() {
        ModelFit f = UnivariateModel.fit(new double[]{0.1, 0.5}, new double[]{0.04, 0.05},
                new ModelOptions(Tau2Method.REML, TestMethod.KNHA, 95));
        assertThat(f.statDf()).isEqualTo(1);
        assertThat(f.qDf()).isEqualTo(1);
        // t(1) 97.5% quantile is tan(0.475π) = 12.706...
        assertThat((f.ciUpper() - f.estimate()) / f.se()).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(value = Tau2Method.class, names = {"DL", "HE", "HS", "PM", "EB", "REML", "ML"})
    void homogeneousStudiesTruncateTau2AtZeroAndMatchTheFixedEffectModel(Tau2Method method) {
        ModelFit fe = UnivariateModel.fit(HOMOGENEOUS_Y, HOMOGENEOUS_V, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        ModelFit re = UnivariateModel.fit(HOMOGENEOUS_Y, HOMOGENEOUS_V, new ModelOptions(method, TestMethod.Z, 95));
        // REML/ML creep towards the boundary and stop within the 1e-10 step criterion.
        assertThat(re.tau2()).isBetween(0.0, 1e-9);
        assertThat(re.estimate()).isCloseTo(fe.estimate(), within(1e-9));
        assertThat(re.se()).isCloseTo(fe.se(), within(1e-9));
        assertThat(re.q()).isEqualTo(fe.q());
        assertThat(re.i2()).isCloseTo(0, within(1e-6));
    }

    @Test
    void identicalStudiesGiveZeroHeterogeneity() {
        double[] y = {0.3, 0.3, 0.3, 0.3};
        double[] v = {0.02, 0.02, 0.02, 0.02};
        for (Tau2Method m : Tau2Method.values()) {
            ModelFit f = UnivariateModel.fit(y, v, new ModelOptions(m, TestMethod.Z, 95));
            assertThat(f.estimate()).as(m.name()).isCloseTo(0.3, within(1e-15));
            assertThat(f.tau2()).as(m.name()).isZero();
            assertThat(f.q()).as(m.name()).isZero();
            assertThat(f.i2()).as(m.name()).isZero();
            assertThat(f.se()).as(m.name()).isCloseTo(Math.sqrt(0.02 / 4), within(1e-15));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Tau2Method.class, names = {"FE", "DL", "HS", "PM"})
    void zeroSamplingVarianceIsRejectedWhereTheEstimatorNeedsItPositive(Tau2Method method) {
        assertThatThrownBy(() -> UnivariateModel.fit(new double[]{0.1, 0.9, 0.4}, new double[]{0.0, 0.02, 0.03},
                new ModelOptions(method, TestMethod.Z, 95)))
                .isInstanceOf(StatsException.class)
                .hasMessageContaining("study 1")
                .hasMessageContaining("variance");
    }

    /**
     * metafor fits EB with a zero sampling variance (its iteration starts above τ² = 0) while refusing PM:
     * {@code rma(c(0.1,0.3,0.5), c(0,0.04,0.02), method="EB", control=list(threshold=1e-10, tol=1e-12))} gives
     * 0.261161620339, se 0.122453865102, τ² 0.0305505046357 (metafor 3.8.1).
     */
    @Test
    void empiricalBayesFitsWithAZeroSamplingVarianceAsMetafor() {
        ModelFit f = UnivariateModel.fit(new double[]{0.1, 0.3, 0.5}, new double[]{0.0, 0.04, 0.02},
                new ModelOptions(Tau2Method.EB, TestMethod.Z, 95));
        assertThat(f.estimate()).isCloseTo(0.261161620339, within(1e-9));
        assertThat(f.se()).isCloseTo(0.122453865102, within(1e-9));
        assertThat(f.tau2()).isCloseTo(0.0305505046357, within(1e-9));
    }

    @Test
    void zeroSamplingVarianceWithPositiveTau2StillFitsUnderReml() {
        ModelFit f = UnivariateModel.fit(new double[]{0.1, 0.9, 0.4, -0.5}, new double[]{0.0, 0.02, 0.03, 0.01},
                ModelOptions.defaults());
        assertThat(f.tau2()).isPositive();
        assertThat(f.estimate()).isFinite();
        assertThat(f.q()).as("Q needs positive variances").isNaN();
    }

    @Test
    void zeroSamplingVarianceWithZeroTau2IsRejected() {
        assertThatThrownBy(() -> UnivariateModel.fit(new double[]{0.3, 0.3}, new double[]{0.0, 0.02},
                new ModelOptions(Tau2Method.HE, TestMethod.Z, 95))).isInstanceOf(StatsException.class);
    }

    @Test
    void invalidInputIsRejectedWithTheStudyNumber() {
        ModelOptions o = ModelOptions.defaults();
        assertThatThrownBy(() -> UnivariateModel.fit(new double[0], new double[0], o))
                .isInstanceOf(StatsException.class);
        assertThatThrownBy(() -> UnivariateModel.fit(new double[]{0.1, Double.NaN}, new double[]{0.1, 0.1}, o))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 2");
        assertThatThrownBy(() -> UnivariateModel.fit(new double[]{0.1, 0.2}, new double[]{0.1, -0.1}, o))
                .isInstanceOf(StatsException.class).hasMessageContaining("study 2");
        assertThatThrownBy(() -> UnivariateModel.fit(new double[]{0.1, 0.2}, new double[]{0.1}, o))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTau2ThatCannotBeLocatedIsReportedNotReturned() {
        double[] y = {0, 1e12, -1e12};
        double[] v = {1e-6, 1e-6, 1e-6};
        assertThatThrownBy(() -> UnivariateModel.fit(y, v, new ModelOptions(Tau2Method.PM, TestMethod.Z, 95)))
                .isInstanceOf(StatsException.class).hasMessageContaining("tau^2");
    }

    @Test
    void warmStartDoesNotChangeTheRootSearchEstimators() {
        double[] y = {-0.89, -1.59, -1.35, -1.44, -0.22, -0.79, -1.62, 0.01, -0.47, -1.37, -0.34, 0.45, -0.02};
        double[] v = {0.33, 0.19, 0.42, 0.02, 0.05, 0.007, 0.22, 0.004, 0.056, 0.073, 0.012, 0.53, 0.071};
        for (Tau2Method m : new Tau2Method[]{Tau2Method.PM, Tau2Method.EB}) {
            ModelOptions o = new ModelOptions(m, TestMethod.Z, 95);
            ModelFit cold = UnivariateModel.fit(y, v, o);
            ModelFit warm = UnivariateModel.fit(y, v, o, cold.tau2() * 1.3);
            assertThat(warm.tau2()).isCloseTo(cold.tau2(), within(1e-12 * Math.max(1, cold.tau2())));
        }
    }
}
