package org.evsyn.stats.dose;

/** The shape of a study's dose-response trend, fitted without intercept (the referent's log RR is 0). */
public enum TrendModel {
    /** log RR = β (d − d₀). */
    LINEAR,
    /** log RR = β₁ (d − d₀) + β₂ (d² − d₀²); needs at least two exposed levels. */
    QUADRATIC;

    /** Number of coefficients. */
    int terms() {
        return this == LINEAR ? 1 : 2;
    }

    /** The design row of a level at dose d against the referent's dose d0. */
    double[] row(double d, double d0) {
        return this == LINEAR ? new double[] {d - d0} : new double[] {d - d0, d * d - d0 * d0};
    }
}
