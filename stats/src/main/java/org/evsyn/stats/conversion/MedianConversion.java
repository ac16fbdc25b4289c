package org.evsyn.stats.conversion;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.evsyn.stats.StatsException;

/**
 * Estimates a sample mean and SD from the median with the quartiles and/or the range, for pooling trials that
 * report medians with mean-based ones. Means follow Luo et al. (2018, Stat Methods Med Res 27:1785-1805),
 * SDs follow Wan et al. (2014, BMC Med Res Methodol 14:135); both assume roughly normal data, which is why the
 * results are flagged as imputed.
 */
public final class MedianConversion {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private MedianConversion() {
    }

    /** From median and interquartile range (Wan scenario C3 / Luo scenario S3). */
    public static ImputedMoments fromQuartiles(int n, double q1, double median, double q3) {
        requireOrdered(n, q1, median, q3, "q1", "q3");
        double w = 0.7 + 0.39 / n;
        double mean = w * (q1 + q3) / 2 + (1 - w) * median;
        double sd = (q3 - q1) / eta(n);
        return new ImputedMoments(mean, sd, "Luo et al. 2018 (median, IQR)", "Wan et al. 2014 (IQR)");
    }

    /** From median and range (Wan scenario C1 / Luo scenario S1). */
    public static ImputedMoments fromRange(int n, double min, double median, double max) {
        requireOrdered(n, min, median, max, "min", "max");
        double w = 4 / (4 + Math.pow(n, 0.75));
        double mean = w * (min + max) / 2 + (1 - w) * median;
        double sd = (max - min) / xi(n);
        return new ImputedMoments(mean, sd, "Luo et al. 2018 (median, range)", "Wan et al. 2014 (range)");
    }

    /** From median, quartiles and range (Wan scenario C2 / Luo scenario S2). */
    public static ImputedMoments fromFiveNumbers(int n, double min, double q1, double median, double q3, double max) {
        requireOrdered(n, q1, median, q3, "q1", "q3");
        requireOrdered(n, min, q1, max, "min", "max");
        if (q3 > max) {
            throw new StatsException("q3 " + q3 + " exceeds the maximum " + max);
        }
        double w1 = 2.2 / (2.2 + Math.pow(n, 0.75));
        double w2 = 0.7 - 0.72 / Math.pow(n, 0.55);
        double mean = w1 * (min + max) / 2 + w2 * (q1 + q3) / 2 + (1 - w1 - w2) * median;
        double sd = (max - min) / (2 * xi(n)) + (q3 - q1) / (2 * eta(n));
        return new ImputedMoments(mean, sd, "Luo et al. 2018 (median, IQR, range)", "Wan et al. 2014 (IQR, range)");
    }

    // ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25)): expected range of n standard normal values.
    private static double xi(int n) {
        return 2 * NORMAL.inverseCumulativeProbability((n - 0.375) / (n + 0.25));
    }

    // η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)): expected interquartile range of n standard normal values.
    private static double eta(int n) {
        return 2 * NORMAL.inverseCumulativeProbability((0.75 * n - 0.125) / (n + 0.25));
    }

    private static void requireOrdered(int n, double lo, double mid, double hi, String loName, String hiName) {
        if (n < 2) {
            throw new StatsException("at least 2 participants are needed to estimate a mean and SD from a median, got n = " + n);
        }
        if (!Double.isFinite(lo) || !Double.isFinite(mid) || !Double.isFinite(hi)) {
            throw new StatsException("median, " + loName + " and " + hiName + " must all be given");
        }
        if (lo > mid || mid > hi) {
            throw new StatsException(loName + " <= median <= " + hiName + " does not hold: " + lo + ", " + mid + ", " + hi);
        }
    }
}
