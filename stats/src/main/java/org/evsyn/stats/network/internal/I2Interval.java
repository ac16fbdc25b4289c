package org.evsyn.stats.network.internal;

import org.evsyn.stats.internal.Distributions;

/**
 * I² and its interval as netmeta prints them (the test-based interval for H of Higgins &amp; Thompson 2002, meta's
 * {@code calcH}): ln H ± z·SE(ln H) with SE(ln H) = (ln Q − ln df) / (2(√(2Q) − √(2df + 2 − 3))) when Q &gt; df + 1,
 * else √(1/(2(df − 1)) · (1 − 1/(3(df − 1)²))); H and its bounds truncated at 1; I² = (H² − 1)/H².
 */
public final class I2Interval {

    private I2Interval() {
    }

    /**
     * I², lower and upper bound in percent; NaN where netmeta prints NA (df 0 for I², df &lt; 2 for the bounds).
     *
     * @param q     the Q statistic
     * @param df    its degrees of freedom
     * @param level confidence level in percent
     * @return {I², lower, upper}
     */
    public static double[] of(double q, int df, double level) {
        if (df < 1) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double i2 = Math.max(0, (q - df) / q) * 100;
        int k = df + 1;
        if (k <= 2) {
            return new double[] {i2, Double.NaN, Double.NaN};
        }
        double h = Math.sqrt(q / df);
        double seLogH = q > k
                ? (Math.log(q) - Math.log(df)) / (2 * (Math.sqrt(2 * q) - Math.sqrt(2.0 * k - 3)))
                : Math.sqrt(1.0 / (2 * (k - 2)) * (1 - 1.0 / (3.0 * (k - 2) * (k - 2))));
        double z = Distributions.normalQuantile(1 - (1 - level / 100) / 2);
        double logH = Math.log(Math.max(h, 1));
        double lower = Math.max(Math.exp(logH - z * seLogH), 1);
        double upper = Math.max(Math.exp(logH + z * seLogH), 1);
        return new double[] {i2, toI2(lower), toI2(upper)};
    }

    private static double toI2(double h) {
        return (h * h - 1) / (h * h) * 100;
    }
}
