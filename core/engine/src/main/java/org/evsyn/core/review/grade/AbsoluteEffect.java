package org.evsyn.core.review.grade;

import java.util.Objects;

/**
 * What a relative effect means in absolute terms for an event outcome, as a GRADE summary-of-findings table shows
 * it: the assumed risk without the intervention and the corresponding risk with it, with its confidence interval.
 * Risks are proportions; {@link #per1000(double)} gives the table's "per 1,000".
 *
 * @param assumedRisk the assumed control risk (ACR)
 * @param source      where the assumed risk comes from
 * @param risk        the corresponding risk with the intervention at the pooled effect
 * @param riskLower   at the lower confidence bound of the effect
 * @param riskUpper   at the upper confidence bound
 */
public record AbsoluteEffect(double assumedRisk, RiskSource source, double risk, double riskLower, double riskUpper) {
    public AbsoluteEffect {
        Objects.requireNonNull(source, "source");
        for (double p : new double[]{assumedRisk, risk, riskLower, riskUpper}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a risk must lie in [0, 1], got " + p);
            }
        }
    }

    /** A proportion as whole events per 1,000, rounded half up. */
    public static long per1000(double proportion) {
        return Math.round(1000 * proportion);
    }

    /** Where the assumed control risk comes from. */
    public enum RiskSource {
        /** The median risk of the control arms of the pooled studies. */
        CONTROL_ARM_MEDIAN("median control-arm risk of the included studies"),
        /** The baseline risk the review plan declares for the outcome ({@code grade.baseline_risk}). */
        DECLARED("baseline risk declared in the review plan");

        private final String label;

        RiskSource(String label) {
            this.label = label;
        }

        /** As a footnote names it. */
        public String label() {
            return label;
        }
    }
}
