package org.evsyn.stats.sequential;

import java.util.Objects;

/**
 * The required information size (Wetterslev, Thorlund, Brok, Gluud 2008): the number of participants a
 * meta-analysis needs to detect the assumed effect with the given α and power, N = 4 (z<sub>1−α/sides</sub> +
 * z<sub>1−β</sub>)² σ² / δ², then enlarged for heterogeneity: N / (1 − h).
 *
 * @param unadjusted    N before the heterogeneity adjustment (participants, not rounded)
 * @param adjusted      N / (1 − h): the size the information fractions are measured against
 * @param adjustment    which heterogeneity measure h is
 * @param heterogeneity h as a proportion (D² or I², 0 for none)
 * @param delta         δ, the assumed difference (risk or mean difference)
 * @param variance      σ², the outcome variance in the formula
 * @param alpha         total type I error
 * @param sides         1 or 2
 * @param power         1 − β
 */
public record RequiredInformationSize(double unadjusted, double adjusted, HeterogeneityAdjustment adjustment,
                                      double heterogeneity, double delta, double variance, double alpha, int sides,
                                      double power) {

    /** Checks the parts. */
    public RequiredInformationSize {
        Objects.requireNonNull(adjustment, "adjustment");
        Checks.design(alpha, sides);
        Checks.power(power);
    }

    /**
     * The multiplier 1 / (1 − h).
     *
     * @return adjusted / unadjusted
     */
    public double adjustmentFactor() {
        return adjusted / unadjusted;
    }
}
