package org.evsyn.stats.internal.sequential;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal density and the upper quantile from erfc, so that far tails keep their relative accuracy (the
 * tails themselves are {@link org.evsyn.stats.internal.Distributions}'s).
 */
final class NormalTails {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    private NormalTails() {
    }

    static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** x with P(Z &gt; x) = p. */
    static double upperQuantile(double p) {
        return SQRT2 * Erf.erfcInv(2 * p);
    }
}
