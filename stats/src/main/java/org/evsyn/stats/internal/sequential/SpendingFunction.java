package org.evsyn.stats.internal.sequential;

import org.evsyn.stats.internal.Distributions;

/**
 * Lan–DeMets O'Brien–Fleming-type spending (Lan &amp; DeMets 1983; gsDesign's {@code sfLDOF}): the error spent by
 * information fraction t of a total e is 2 − 2Φ(z<sub>1−e/2</sub> / √t), which is e at t = 1.
 */
final class SpendingFunction {

    private SpendingFunction() {
    }

    static double spent(double total, double t) {
        if (t >= 1) {
            return total;
        }
        double c = NormalTails.upperQuantile(total / 2);
        return 2 * Distributions.normalUpperP(c / Math.sqrt(t));
    }
}
