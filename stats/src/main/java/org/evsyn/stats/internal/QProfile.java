package org.evsyn.stats.internal;

import org.evsyn.stats.model.HeterogeneityInterval;

import org.evsyn.stats.StatsException;

/**
 * The Q-profile confidence interval for τ² (Viechtbauer 2007): the τ² values at which the generalised Q equals
 * the χ²(k − 1) quantiles. It depends on the data and the level only, not on the τ² estimator.
 */
public final class QProfile {

    private QProfile() {
    }

    /**
     * Computes the interval.
     *
     * @param yi    effects (k ≥ 2)
     * @param vi    sampling variances (all &gt; 0)
     * @param level confidence level in percent
     * @return the τ², I² and H² intervals
     * @throws StatsException for k &lt; 2, a zero sampling variance, or a bound that cannot be located
     */
    public static HeterogeneityInterval confidenceInterval(double[] yi, double[] vi, double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must lie strictly between 0 and 100, got " + level);
        }
        int df = Math.max(1, yi.length - 1);
        double alpha = 1 - level / 100.0;
        return confidenceInterval(yi, vi, level, Distributions.chiSquareQuantile(1 - alpha / 2, df),
                Distributions.chiSquareQuantile(alpha / 2, df));
    }

    /**
     * Computes the interval with the two χ²(k − 1) quantiles given, for callers that fit many analyses of the same
     * size and level and keep the quantiles (their computation costs more than the interval itself).
     *
     * @param upperQuantile the χ²(k − 1) quantile at 1 − α/2 (locates the lower bound)
     * @param lowerQuantile the χ²(k − 1) quantile at α/2 (locates the upper bound)
     */
    public static HeterogeneityInterval confidenceInterval(double[] yi, double[] vi, double level, double upperQuantile,
                                                           double lowerQuantile) {
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length");
        }
        int k = yi.length;
        if (k < 2) {
            throw new StatsException("a confidence interval for tau^2 needs at least 2 studies (k = " + k + ")");
        }
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < k; i++) {
            if (!(vi[i] > 0) || !Double.isFinite(vi[i]) || !Double.isFinite(yi[i])) {
                throw new StatsException("study " + (i + 1) + " has sampling variance " + vi[i]
                        + "; the Q-profile interval needs finite effects and positive variances");
            }
            double w = 1 / vi[i];
            sw += w;
            sw2 += w * w;
        }
        // Q(τ²) falls as τ² grows: the lower bound meets the upper quantile, the upper bound the lower quantile.
        double q0 = GeneralisedQ.value(yi, vi, 0);
        double lower = q0 <= upperQuantile ? 0 : GeneralisedQ.solve(yi, vi, upperQuantile, Double.NaN).tau2();
        double upper = q0 <= lowerQuantile ? 0 : GeneralisedQ.solve(yi, vi, lowerQuantile, lower).tau2();
        double vt = (k - 1) * sw / (sw * sw - sw2);
        return new HeterogeneityInterval(level, lower, upper, 100 * lower / (lower + vt), 100 * upper / (upper + vt),
                (lower + vt) / vt, (upper + vt) / vt);
    }
}
