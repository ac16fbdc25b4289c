package org.evsyn.stats.dose;

/** How a study-level dose enters a meta-regression. */
public enum DoseScale {
    /** The dose as it is: y = β₀ + β₁ d. */
    LINEAR("linear"),
    /** Base-10 logarithm of the dose (every dose above 0): y = β₀ + β₁ log₁₀ d. */
    LOG10("log10 dose"),
    /**
     * Restricted cubic spline with three knots at the 10th, 50th and 90th percentiles of the doses (Harrell 2015,
     * Regression Modeling Strategies, 2.4.5): y = β₀ + β₁ d + β₂ s(d).
     */
    SPLINE("restricted cubic spline (3 knots)");

    private final String label;

    DoseScale(String label) {
        this.label = label;
    }

    /**
     * A short label for tables.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
