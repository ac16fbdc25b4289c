package org.evsyn.stats.analysis;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.internal.QProfile;

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
        double[] q = quantiles.computeIfAbsent(new Key(level, k - 1), key -> {
            double alpha = 1 - key.level() / 100.0;
            return new double[]{Distributions.chiSquareQuantile(1 - alpha / 2, key.df()),
                    Distributions.chiSquareQuantile(alpha / 2, key.df())};
        });
        return QProfile.confidenceInterval(yi, vi, level, q[0], q[1]);
    }

    /**
     * Written out: a record's generated equals and hashCode are bootstrapped through method handles on first use,
     * which costs a batch more start-up (classes spun, then compiled) than the lookups it serves.
     */
    private record Key(double level, int df) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Double.compare(level, other.level) == 0 && df == other.df;
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(level) + df;
        }
    }
}
