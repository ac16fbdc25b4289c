package org.evsyn.stats.analysis;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.model.Distributions;
import org.evsyn.stats.model.GeneralisedQ;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.QProfile;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Q-profile interval of {@link QProfile#confidenceInterval}, with the χ² quantiles remembered per (level,
 * degrees of freedom). A batch of many analyses of the same size needs the same two quantiles every time, and
 * their iterative computation would otherwise cost several times the interval itself. Thread-safe; the memo only
 * ever holds values of a pure function, so sharing it cannot change a result.
 */
final class Tau2Interval {

    private final ConcurrentMap<Key, double[]> quantiles = new ConcurrentHashMap<>();

    /**
     * The interval, identical to {@link QProfile#confidenceInterval(double[], double[], double)}.
     *
     * @param yi    effects
     * @param vi    sampling variances
     * @param level confidence level in percent
     * @return the τ², I² and H² intervals
     * @throws StatsException for k &lt; 2, a variance that is not positive, or a bound that cannot be located
     */
    HeterogeneityInterval of(double[] yi, double[] vi, double level) {
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
        double[] q = quantiles.computeIfAbsent(new Key(level, k - 1), key -> {
            double alpha = 1 - key.level() / 100.0;
            return new double[]{Distributions.chiSquareQuantile(1 - alpha / 2, key.df()),
                    Distributions.chiSquareQuantile(alpha / 2, key.df())};
        });
        double upperQuantile = q[0];
        double lowerQuantile = q[1];
        // Q(τ²) falls as τ² grows: the lower bound meets the upper quantile, the upper bound the lower quantile.
        double q0 = GeneralisedQ.value(yi, vi, 0);
        double lower = q0 <= upperQuantile ? 0 : GeneralisedQ.solve(yi, vi, upperQuantile, Double.NaN).tau2();
        double upper = q0 <= lowerQuantile ? 0 : GeneralisedQ.solve(yi, vi, lowerQuantile, lower).tau2();
        double vt = (k - 1) * sw / (sw * sw - sw2);
        return new HeterogeneityInterval(level, lower, upper, 100 * lower / (lower + vt), 100 * upper / (upper + vt),
                (lower + vt) / vt, (upper + vt) / vt);
    }

    private record Key(double level, int df) {
    }
}
