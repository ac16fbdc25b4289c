package org.evsyn.stats.conversion;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.evsyn.stats.StatsException;

/**
 * A group's standard deviation from the standard error or confidence interval of its mean (Cochrane Handbook,
 * section 6.5.2.2): SD = SE·√n; from a CI, SE = width / (2·q) with q the t quantile for groups under 60
 * participants and the normal quantile otherwise.
 */
public final class SdConversion {

    /** Below this group size the CI is taken to be t-based, as the Handbook advises. */
    public static final int T_BELOW_N = 60;

    private SdConversion() {
    }

    /** SD from the standard error of the mean. */
    public static double fromStandardError(int n, double se) {
        if (n < 1 || !(se >= 0) || !Double.isFinite(se)) {
            throw new StatsException("SD from SE needs n >= 1 and a finite SE >= 0, got n = " + n + ", SE = " + se);
        }
        return se * Math.sqrt(n);
    }

    /** SD from a two-sided confidence interval of the mean at {@code levelPercent}. */
    public static double fromConfidenceInterval(int n, double lower, double upper, double levelPercent) {
        if (n < 2 || !(upper >= lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new StatsException("SD from a CI needs n >= 2 and lower <= upper, got n = " + n + ", CI "
                    + lower + " to " + upper);
        }
        if (!(levelPercent > 0 && levelPercent < 100)) {
            throw new StatsException("CI level must be between 0 and 100, got " + levelPercent);
        }
        double p = 1 - (1 - levelPercent / 100) / 2;
        double q = n < T_BELOW_N ? new TDistribution(null, n - 1).inverseCumulativeProbability(p)
                : new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
        return Math.sqrt(n) * (upper - lower) / (2 * q);
    }
}
