package org.evsyn.stats.regression;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Omnibus test that all moderator coefficients (every coefficient except the intercept) are zero, metafor's QM.
 *
 * @param statistic    Wald χ² statistic, or the F statistic (Wald statistic divided by {@code df}) under KNHA
 * @param df           number of coefficients tested
 * @param denominatorDf k − p for an F test, empty for χ²
 * @param distribution reference distribution
 * @param pval         upper-tail p-value
 */
public record ModeratorTest(double statistic, int df, OptionalInt denominatorDf, TestDistribution distribution,
                            double pval) {

    /**
     * Validates that an F test has a denominator df and a χ² test has none.
     *
     * @param statistic see the record description
     * @param df see the record description
     * @param denominatorDf see the record description
     * @param distribution see the record description
     * @param pval see the record description
     */
    public ModeratorTest {
        Objects.requireNonNull(denominatorDf, "denominatorDf");
        Objects.requireNonNull(distribution, "distribution");
        if ((distribution == TestDistribution.F) != denominatorDf.isPresent()) {
            throw new IllegalArgumentException("an F test needs a denominator df, a chi-squared test none");
        }
    }
}
