package org.evsyn.stats.internal.fragility;

import org.apache.commons.math3.special.Gamma;

/**
 * The two-sided p-value of Fisher's exact test of a 2×2 table as R's {@code fisher.test} computes it: the sum of the
 * hypergeometric probabilities of all tables with the same margins that are no more likely than the one observed
 * (with R's relative tolerance 10<sup>−7</sup>).
 */
public final class FisherExact {

    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private FisherExact() {
    }

    /**
     * The p-value.
     *
     * @param a  events in group 1
     * @param n1 size of group 1
     * @param c  events in group 2
     * @param n2 size of group 2
     * @return two-sided p
     */
    public static double twoSided(int a, int n1, int c, int n2) {
        int events = a + c;
        int lo = Math.max(0, events - n2);
        int hi = Math.min(n1, events);
        double[] logP = new double[hi - lo + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int x = lo; x <= hi; x++) {
            logP[x - lo] = logChoose(n1, x) + logChoose(n2, events - x);
            max = Math.max(max, logP[x - lo]);
        }
        double observed = Math.exp(logP[a - lo] - max);
        double total = 0;
        double tail = 0;
        for (double l : logP) {
            double d = Math.exp(l - max);
            total += d;
            if (d <= observed * RELATIVE_TOLERANCE) {
                tail += d;
            }
        }
        return Math.min(1, tail / total);
    }

    private static double logChoose(int n, int k) {
        return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
    }
}
