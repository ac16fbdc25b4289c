package org.evsyn.stats.internal;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles of the reference distributions used by the regression, subgroup and
 * small-study tests. Upper tails are computed from the regularised incomplete gamma/beta functions directly
 * (never as 1 − cdf), so that very small p-values keep their relative accuracy.
 */
public final class ReferenceDistributions {

    /** Accuracy asked of the numerical inversion of the t distribution function. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ReferenceDistributions() {
    }

    /**
     * Two-sided p-value of a standard normal statistic.
     *
     * @param z the statistic
     * @return P(|Z| ≥ |z|), NaN for a NaN statistic
     */
    public static double normalTwoSided(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * Two-sided p-value of a t statistic.
     *
     * @param t  the statistic
     * @param df degrees of freedom (&gt; 0)
     * @return P(|T| ≥ |t|), NaN for a NaN statistic
     */
    public static double tTwoSided(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2)
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * Upper-tail probability of a χ² statistic.
     *
     * @param x  the statistic
     * @param df degrees of freedom (&gt; 0)
     * @return P(X ≥ x)
     */
    public static double chiSquaredUpper(double x, double df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /**
     * Upper-tail probability of an F statistic.
     *
     * @param f   the statistic
     * @param df1 numerator degrees of freedom
     * @param df2 denominator degrees of freedom
     * @return P(F ≥ f)
     */
    public static double fUpper(double f, double df1, double df2) {
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return 1;
        }
        if (Double.isInfinite(f)) {
            return 0;
        }
        // P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2)
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    /**
     * The 1 − α/2 quantile of the standard normal distribution.
     *
     * @param alpha 1 − confidence level (as a fraction)
     * @return z such that P(Z ≤ z) = 1 − α/2
     */
    public static double normalCritical(double alpha) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    }

    /**
     * The 1 − α/2 quantile of the t distribution.
     *
     * @param alpha 1 − confidence level (as a fraction)
     * @param df    degrees of freedom (&gt; 0)
     * @return t such that P(T ≤ t) = 1 − α/2
     */
    public static double tCritical(double alpha, double df) {
        return new TDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(1 - alpha / 2);
    }
}
