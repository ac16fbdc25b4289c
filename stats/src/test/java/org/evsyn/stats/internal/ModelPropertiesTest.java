package org.evsyn.stats.internal;

import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded property checks of the intercept-only model over random data sets. */
class ModelPropertiesTest {

    private static final long SEED = 20_261_122L;

    /** Random heterogeneous data sets: k in [2, 40], effects around a random mean, variances spread over 2 decades. */
    static Stream<Arguments> datasets() {
        Random rnd = new Random(SEED);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            int k = 2 + rnd.nextInt(39);
            double mu = rnd.nextGaussian();
            double tau = rnd.nextDouble() * 0.6;
            double[] y = new double[k];
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = 0.005 * Math.pow(10, 2 * rnd.nextDouble());
                y[i] = mu + tau * rnd.nextGaussian() + Math.sqrt(v[i]) * rnd.nextGaussian();
            }
            out.add(Arguments.of("k=" + k + " #" + n, y, v, rnd.nextLong()));
        }
        return out.stream();
    }

    /** Data sets with effects so close together that every estimator truncates τ² at (or, by scoring, near) 0. */
    static Stream<Arguments> homogeneousDatasets() {
        Random rnd = new Random(SEED + 1);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            int k = 3 + rnd.nextInt(20);
            double[] y = new double[k];
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = 0.01 + 0.1 * rnd.nextDouble();
                y[i] = 0.4 + 0.001 * rnd.nextGaussian();
            }
            out.add(Arguments.of("k=" + k + " #" + n, y, v));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void estimateIsInvariantToStudyOrder(String name, double[] y, double[] v, long shuffleSeed) {
        int k = y.length;
        int[] perm = permutation(k, new Random(shuffleSeed));
        double[] ys = new double[k];
        double[] vs = new double[k];
        for (int i = 0; i < k; i++) {
            ys[i] = y[perm[i]];
            vs[i] = v[perm[i]];
        }
        for (Tau2Method m : Tau2Method.values()) {
            for (TestMethod t : TestMethod.values()) {
                ModelOptions o = new ModelOptions(m, t, 95);
                ModelFit a = UnivariateModel.fit(y, v, o);
                ModelFit b = UnivariateModel.fit(ys, vs, o);
                String where = name + " " + m + "/" + t;
                assertThat(b.tau2()).as(where + " tau2").isCloseTo(a.tau2(), within(1e-9 * Math.max(1, a.tau2())));
                assertThat(b.estimate()).as(where + " estimate").isCloseTo(a.estimate(), within(1e-9));
                assertThat(b.se()).as(where + " se").isCloseTo(a.se(), within(1e-9));
                assertThat(b.q()).as(where + " Q").isCloseTo(a.q(), within(1e-9 * Math.max(1, a.q())));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void confidenceIntervalContainsTheEstimate(String name, double[] y, double[] v, long unused) {
        for (Tau2Method m : Tau2Method.values()) {
            for (TestMethod t : TestMethod.values()) {
                for (double level : new double[]{80, 90, 95, 99}) {
                    ModelFit f = UnivariateModel.fit(y, v, new ModelOptions(m, t, level));
                    assertThat(f.ciLower()).as(name + " " + m + "/" + t).isLessThanOrEqualTo(f.estimate());
                    assertThat(f.ciUpper()).as(name + " " + m + "/" + t).isGreaterThanOrEqualTo(f.estimate());
                    PredictionInterval pi = PredictionInterval.of(f);
                    assertThat(pi.lower()).isLessThanOrEqualTo(f.ciLower() + 1e-12);
                    assertThat(pi.upper()).isGreaterThanOrEqualTo(f.ciUpper() - 1e-12);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homogeneousDatasets")
    void fixedAndRandomEffectsAgreeWhenTau2IsZero(String name, double[] y, double[] v) {
        ModelFit fe = UnivariateModel.fit(y, v, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        for (Tau2Method m : Tau2Method.values()) {
            ModelFit re = UnivariateModel.fit(y, v, new ModelOptions(m, TestMethod.Z, 95));
            assertThat(re.tau2()).as(name + " " + m + " tau2").isLessThan(1e-9);
            assertThat(re.estimate()).as(name + " " + m).isCloseTo(fe.estimate(), within(1e-8));
            assertThat(re.se()).as(name + " " + m).isCloseTo(fe.se(), within(1e-8));
            assertThat(re.ciLower()).as(name + " " + m).isCloseTo(fe.ciLower(), within(1e-8));
            assertThat(re.pval()).as(name + " " + m).isCloseTo(fe.pval(), within(1e-8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void qProfileIntervalBracketsTheGeneralisedQQuantiles(String name, double[] y, double[] v, long unused) {
        HeterogeneityInterval ci = QProfile.confidenceInterval(y, v, 95);
        double k = y.length;
        if (ci.tau2Lower() > 0) {
            assertThat(GeneralisedQ.value(y, v, ci.tau2Lower()))
                    .isCloseTo(Distributions.chiSquareQuantile(0.975, k - 1), within(1e-8));
        }
        if (ci.tau2Upper() > 0) {
            assertThat(GeneralisedQ.value(y, v, ci.tau2Upper()))
                    .isCloseTo(Distributions.chiSquareQuantile(0.025, k - 1), within(1e-8));
        }
        assertThat(ci.i2Lower()).isBetween(0.0, ci.i2Upper());
        assertThat(ci.h2Lower()).isBetween(1.0, ci.h2Upper());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void dersimonianLairdI2EqualsTheQBasedFormula(String name, double[] y, double[] v, long unused) {
        ModelFit dl = UnivariateModel.fit(y, v, new ModelOptions(Tau2Method.DL, TestMethod.Z, 95));
        ModelFit fe = UnivariateModel.fit(y, v, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        assertThat(dl.i2()).as(name).isCloseTo(fe.i2(), within(1e-9));
        if (dl.tau2() > 0) {
            assertThat(dl.h2()).as(name).isCloseTo(fe.h2(), within(1e-9 * fe.h2()));
        }
    }

    private static int[] permutation(int k, Random rnd) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
