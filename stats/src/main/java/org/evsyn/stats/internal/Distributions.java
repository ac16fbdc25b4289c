package org.evsyn.stats.internal;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles of the normal, t and χ² distributions, computed from the special functions so
 * that very small p-values keep their relative accuracy and no random generator is created per call.
 */
public final class Distributions {

    /** Accuracy asked of the iterative quantile searches; well below the fixtures' 1e-6 relative rule. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private Distributions() {
    }

    /**
     * Two-sided normal p-value.
     *
     * @param z a z statistic
     * @return P(|Z| ≥ |z|), NaN for NaN input
     */
    public static double normalTwoSidedP(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }

    /**
     * Standard normal distribution function, from erfc so that the far lower tail keeps its relative accuracy.
     *
     * @param x a value
     * @return Φ(x) = P(Z ≤ x)
     */
    public static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
    }

    /**
     * Upper normal tail, from erfc so that far tails keep their relative accuracy.
     *
     * @param x a value
     * @return P(Z &gt; x)
     */
    public static double normalUpperP(double x) {
        return 0.5 * Erf.erfc(x / Math.sqrt(2.0));
    }

    /**
     * Standard normal quantile.
     *
     * @param p probability in (0, 1)
     * @return x with Φ(x) = p
     */
    public static double normalQuantile(double p) {
        checkProbability(p);
        return Math.sqrt(2.0) * Erf.erfInv(2 * p - 1);
    }

    /**
     * Two-sided p-value of a t statistic.
     *
     * @param t  the statistic
     * @param df degrees of freedom (&gt; 0)
     * @return P(|T| ≥ |t|), NaN for NaN input
     */
    public static double tTwoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        // P(|T| >= t) = I_{df/(df+t^2)}(df/2, 1/2): no cancellation for large |t|.
        return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
    }

    /**
     * Quantile of Student's t.
     *
     * @param p  probability in (0, 1)
     * @param df degrees of freedom (&gt; 0)
     * @return the p-quantile
     */
    public static double tQuantile(double p, double df) {
        checkProbability(p);
        return new TDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }

    /**
     * Upper-tail χ² probability.
     *
     * @param x  the statistic (≥ 0)
     * @param df degrees of freedom (&gt; 0)
     * @return P(X ≥ x), NaN for NaN input
     */
    public static double chiSquareUpperP(double x, double df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /**
     * Quantile of the χ² distribution.
     *
     * @param p  probability in (0, 1)
     * @param df degrees of freedom (&gt; 0)
     * @return x with P(X ≤ x) = p
     */
    public static double chiSquareQuantile(double p, double df) {
        checkProbability(p);
        double x = new ChiSquaredDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
        // Polish with Newton steps on the regularised gamma function: the generic bracketing search stops at its
        // absolute accuracy, which is coarse relative to small quantiles.
        double a = df / 2.0;
        for (int i = 0; i < 8 && x > 0; i++) {
            double f = Gamma.regularizedGammaP(a, x / 2.0) - p;
            double logDensity = (a - 1) * Math.log(x / 2.0) - x / 2.0 - Gamma.logGamma(a) - Math.log(2.0);
            double step = f / Math.exp(logDensity);
            if (!Double.isFinite(step)) {
                break;
            }
            double next = x - step;
            if (next <= 0) {
                next = x / 2;
            }
            if (Math.abs(next - x) <= 1e-15 * x) {
                x = next;
                break;
            }
            x = next;
        }
        return x;
    }

    private static void checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must lie strictly between 0 and 1, got " + p);
        }
    }
}
