package org.evsyn.reporting.model;

import java.util.List;

/**
 * The trim-and-fill result: the imputed studies and the adjusted pooled effect.
 *
 * @param side         side on which studies were imputed ("left" or "right")
 * @param filledYi     imputed effect sizes
 * @param filledVi     their sampling variances
 * @param estimate     adjusted pooled effect
 * @param ciLower      its lower confidence bound
 * @param ciUpper      its upper confidence bound
 */
public record TrimAndFill(String side, List<Double> filledYi, List<Double> filledVi, double estimate,
                          double ciLower, double ciUpper) {

    /** Requires matching imputed vectors. */
    public TrimAndFill {
        Checks.text(side, "side");
        filledYi = List.copyOf(filledYi);
        filledVi = List.copyOf(filledVi);
        if (filledYi.size() != filledVi.size()) {
            throw new IllegalArgumentException("filledYi and filledVi differ in length");
        }
    }

    /** Number of imputed studies k0. */
    public int k0() {
        return filledYi.size();
    }
}
