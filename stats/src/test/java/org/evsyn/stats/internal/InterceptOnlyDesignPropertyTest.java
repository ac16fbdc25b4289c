package org.evsyn.stats.internal;

import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seeded property: a meta-regression on the intercept-only design is the ordinary random-effects model, so it must
 * reproduce {@link UnivariateModel#fit} for every τ² method and both tests.
 */
class InterceptOnlyDesignPropertyTest {

    static List<Arguments> seeds() {
        List<Arguments> args = new ArrayList<>();
        for (Tau2Method m : Tau2Method.values()) {
            for (TestMethod t : TestMethod.values()) {
                for (long seed = 1; seed <= 5; seed++) {
                    args.add(Arguments.of(m, t, seed));
                }
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("seeds")
    void interceptOnlyRegressionReproducesTheUnivariateModel(Tau2Method method, TestMethod test, long seed) {
        Random rnd = new Random(seed);
        int k = 3 + rnd.nextInt(40);
        double tau = rnd.nextDouble() * 0.6;
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            vi[i] = 0.005 + rnd.nextDouble() * 0.3;
            yi[i] = 0.2 + rnd.nextGaussian() * Math.sqrt(vi[i] + tau * tau);
        }
        ModelOptions options = new ModelOptions(method, test, seed % 2 == 0 ? 90 : 95);
        ModelFit expected = UnivariateModel.fit(yi, vi, options);
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, DesignMatrix.interceptOnly(k), options);
        Coefficient b0 = fit.coefficient(0);

        assertClose("estimate", b0.estimate(), expected.estimate());
        assertClose("se", b0.se(), expected.se());
        assertClose("ci_lower", b0.ciLower(), expected.ciLower());
        assertClose("ci_upper", b0.ciUpper(), expected.ciUpper());
        assertClose("stat", b0.stat(), expected.stat());
        assertClose("pval", b0.pval(), expected.pval());
        assertClose("tau2", fit.tau2(), expected.tau2());
        assertClose("I2", fit.i2(), expected.i2());
        assertClose("H2", fit.h2(), expected.h2());
        assertClose("Q", fit.qe(), expected.q());
        assertThat(fit.qeDf()).isEqualTo(expected.qDf());
        assertThat(fit.statDf()).isEqualTo(expected.statDf());
        assertThat(fit.moderatorTest()).as("no moderators, no QM").isEmpty();
        assertThat(fit.r2()).as("no moderators, no R2").isNaN();
    }

    private static void assertClose(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-8 + 1e-6 * Math.abs(expected)));
    }
}
