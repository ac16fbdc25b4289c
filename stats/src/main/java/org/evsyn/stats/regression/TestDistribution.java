package org.evsyn.stats.regression;

/** Reference distribution of an omnibus test statistic. */
public enum TestDistribution {
    /** χ² with {@code df} degrees of freedom (Wald test under z inference). */
    CHI_SQUARED,
    /** F with {@code df} and {@code ddf} degrees of freedom (Knapp–Hartung inference). */
    F
}
