package org.evsyn.stats.effect;

/** The effect measures evsyn computes, named as in metafor's {@code escalc(measure = ...)}. */
public enum EffectMeasure {
    /** Mean difference (continuous data). */
    MD,
    /** Standardised mean difference, Hedges' g with the exact small-sample correction (continuous data). */
    SMD,
    /** Log risk ratio (binary data). */
    RR,
    /** Log odds ratio (binary data). */
    OR,
    /** Risk difference (binary data). */
    RD,
    /** Peto's one-step log odds ratio (binary data). */
    PETO,
    /** Effect and variance supplied directly (generic inverse variance). */
    GENERIC;

    /** True for the measures analysed on the log scale and reported back with exp(). */
    public boolean isRatio() {
        return this == RR || this == OR || this == PETO;
    }

    /** True for the measures computed from 2×2 tables. */
    public boolean isBinary() {
        return this == RR || this == OR || this == RD || this == PETO;
    }

    /** True for the measures computed from means and standard deviations. */
    public boolean isContinuous() {
        return this == MD || this == SMD;
    }
}
