package org.evsyn.stats.sequential;

/**
 * The effect a trial sequential analysis is powered to detect, from which the required information size follows:
 * a relative risk reduction from an assumed control risk (binary outcomes) or a mean difference with its standard
 * deviation (continuous outcomes).
 */
public sealed interface AssumedEffect permits AssumedEffect.RiskReduction, AssumedEffect.MeanDifference {

    /**
     * The difference δ the trial sequence must detect, on the participants' scale (risk difference or mean
     * difference); positive when the intervention lowers the risk or raises the mean.
     *
     * @return δ
     */
    double delta();

    /**
     * The variance σ² of one participant's outcome in the information-size formula.
     *
     * @return σ²
     */
    double variance();

    /**
     * The side of the cumulative Z on which benefit lies: −1 when a benefit makes the pooled estimate negative
     * (fewer events with the intervention, a negative assumed mean difference), +1 otherwise.
     *
     * @return −1 or +1
     */
    int benefitSign();

    /**
     * A relative risk reduction from an assumed control-group risk: intervention risk = controlRisk × (1 − rrr).
     *
     * @param controlRisk          the assumed risk in the control group, strictly between 0 and 1
     * @param relativeRiskReduction the relative risk reduction, non-zero, below 1 (negative for an increase, when
     *                             the outcome is desirable)
     */
    record RiskReduction(double controlRisk, double relativeRiskReduction) implements AssumedEffect {

        /** Checks the ranges. */
        public RiskReduction {
            if (!(controlRisk > 0 && controlRisk < 1)) {
                throw new IllegalArgumentException("control risk must be strictly between 0 and 1, got "
                        + controlRisk);
            }
            double treated = controlRisk * (1 - relativeRiskReduction);
            if (!(relativeRiskReduction != 0 && relativeRiskReduction < 1 && treated < 1)) {
                throw new IllegalArgumentException("relative risk reduction must be non-zero, below 1 and keep the "
                        + "intervention risk below 1, got " + relativeRiskReduction);
            }
        }

        /**
         * The assumed intervention-group risk.
         *
         * @return controlRisk × (1 − rrr)
         */
        public double interventionRisk() {
            return controlRisk * (1 - relativeRiskReduction);
        }

        @Override
        public double delta() {
            return controlRisk - interventionRisk();
        }

        /** p̄(1 − p̄) with p̄ the mean of the control and intervention risks. */
        @Override
        public double variance() {
            double mean = (controlRisk + interventionRisk()) / 2;
            return mean * (1 - mean);
        }

        @Override
        public int benefitSign() {
            return relativeRiskReduction > 0 ? -1 : 1;
        }
    }

    /**
     * A mean difference (intervention minus control) with the standard deviation of the outcome.
     *
     * @param difference the mean difference to detect, non-zero
     * @param sd         the outcome's standard deviation, positive
     */
    record MeanDifference(double difference, double sd) implements AssumedEffect {

        /** Checks the ranges. */
        public MeanDifference {
            if (!(difference != 0 && Double.isFinite(difference))) {
                throw new IllegalArgumentException("mean difference must be finite and non-zero, got " + difference);
            }
            if (!(sd > 0 && Double.isFinite(sd))) {
                throw new IllegalArgumentException("standard deviation must be positive, got " + sd);
            }
        }

        @Override
        public double delta() {
            return Math.abs(difference);
        }

        @Override
        public double variance() {
            return sd * sd;
        }

        @Override
        public int benefitSign() {
            return difference < 0 ? -1 : 1;
        }
    }
}
