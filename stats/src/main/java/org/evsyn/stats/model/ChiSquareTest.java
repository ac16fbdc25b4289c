package org.evsyn.stats.model;

import org.evsyn.stats.internal.Distributions;

/**
 * A χ² test result.
 *
 * @param stat the statistic
 * @param df   degrees of freedom
 * @param pval upper-tail p-value
 */
public record ChiSquareTest(double stat, int df, double pval) {

    /**
     * Validates the components.
     */
    public ChiSquareTest {
        if (df < 0) {
            throw new IllegalArgumentException("degrees of freedom must be >= 0, got " + df);
        }
    }

    /**
     * The test of {@code stat} against χ²(df).
     *
     * @param stat the statistic
     * @param df   degrees of freedom (p-value NaN when 0)
     * @return the test
     */
    public static ChiSquareTest of(double stat, int df) {
        return new ChiSquareTest(stat, df, df > 0 ? Distributions.chiSquareUpperP(stat, df) : Double.NaN);
    }
}
