package org.evsyn.stats.internal.sequential;

import org.apache.commons.math3.special.Erf;

/** The standard normal density and both tails, from erfc so that far tails keep their relative accuracy. */
final class NormalTails {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    private NormalTails() {
    }

    static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** P(Z &gt; x). */
    static double upper(double x) {
        return 0.5 * Erf.erfc(x / SQRT2);
    }

    /** P(Z &lt; x). */
    static double lower(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /** x with P(Z &gt; x) = p. */
    static double upperQuantile(double p) {
        return SQRT2 * Erf.erfcInv(2 * p);
    }
}
