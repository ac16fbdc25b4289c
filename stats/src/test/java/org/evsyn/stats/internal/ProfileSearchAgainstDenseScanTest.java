package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid of the profile search is coarse (five points per decade); this checks it against a scan forty times as
 * dense on 3,000 seeded datasets built to have several likelihood maxima: a cluster of precise studies that agree
 * and a few imprecise ones far out, at random scales. No fitted τ² may have a lower log-likelihood than the best
 * point of the dense scan, beyond 1e-7 relative: Fisher scoring stops a boundary maximum a hair above τ² = 0 (as
 * metafor's does), which costs up to about 1e-8 there, while distinct maxima differ by far more. The generator must
 * really produce multimodal likelihoods.
 */
class ProfileSearchAgainstDenseScanTest {

    private static final int DATASETS = 3000;
    private static final int DENSE_PER_DECADE = 200;

    @ParameterizedTest
    @EnumSource(value = Tau2Method.class, names = {"ML", "REML"})
    void theFittedTau2IsNeverBelowTheBestPointOfADenseScan(Tau2Method method) {
        SplittableRandom random = new SplittableRandom(20261206L + method.ordinal());
        int multimodal = 0;
        for (int d = 0; d < DATASETS; d++) {
            double scale = Math.pow(10, random.nextDouble(-3, 3));
            int precise = 3 + random.nextInt(15);
            int outlying = 1 + random.nextInt(4);
            int k = precise + outlying;
            double[] yi = new double[k];
            double[] vi = new double[k];
            for (int i = 0; i < k; i++) {
                boolean far = i >= precise;
                vi[i] = scale * (far ? random.nextDouble(2, 50) : random.nextDouble(0.02, 0.5));
                double centre = far ? random.nextDouble(-8, 8) * Math.sqrt(scale) : 0;
                yi[i] = centre + random.nextGaussian() * Math.sqrt(vi[i]);
            }
            boolean restricted = method == Tau2Method.REML;
            InterceptLikelihood f = new InterceptLikelihood(yi, vi, restricted);
            ModelFit fit = UnivariateModel.fit(yi, vi, new ModelOptions(method, TestMethod.Z, 95));
            double best = denseMaximum(f, yi, vi);
            double reached = f.logLik(fit.tau2());
            assertThat(reached).as("dataset %d (%s): tau2 %s", d, method, fit.tau2())
                    .isGreaterThanOrEqualTo(best - 1e-7 * (1 + Math.abs(best)));
            if (!fit.warnings().isEmpty()) {
                multimodal++;
            }
        }
        assertThat(multimodal).as("datasets whose likelihood has several maxima").isGreaterThan(DATASETS / 100);
    }

    private static double denseMaximum(InterceptLikelihood f, double[] yi, double[] vi) {
        double minV = Double.POSITIVE_INFINITY;
        for (double v : vi) {
            minV = Math.min(minV, v);
        }
        double upper = InterceptLikelihood.upperBound(yi, vi) * 10;
        double best = f.logLik(0);
        double ratio = Math.pow(10, 1.0 / DENSE_PER_DECADE);
        for (double t = minV * 1e-4; t <= upper; t *= ratio) {
            best = Math.max(best, f.logLik(t));
        }
        return best;
    }
}
