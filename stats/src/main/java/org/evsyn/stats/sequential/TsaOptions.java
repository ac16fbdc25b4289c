package org.evsyn.stats.sequential;

import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.Objects;

/**
 * What a trial sequential analysis assumes and tests.
 *
 * @param measure    effect measure of the cumulative meta-analysis: OR, RR or RD with a {@link
 *                   AssumedEffect.RiskReduction}, MD with a {@link AssumedEffect.MeanDifference}
 * @param effect     the effect the information size is powered for
 * @param alpha      total type I error, strictly between 0 and 1 (split equally between benefit and harm when
 *                   two-sided)
 * @param power      1 − β, strictly between 0 and 1
 * @param sides      1 (benefit only) or 2 (benefit and harm)
 * @param adjustment heterogeneity adjustment of the information size
 * @param method     τ² method of the cumulative meta-analyses (FE for a common-effect model; DL is the TSA default)
 */
public record TsaOptions(EffectMeasure measure, AssumedEffect effect, double alpha, double power, int sides,
                         HeterogeneityAdjustment adjustment, Tau2Method method) {

    /** Checks that every part is present, the ranges, and that the measure suits the assumed effect. */
    public TsaOptions {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(method, "method");
        Checks.design(alpha, sides);
        Checks.power(power);
        boolean binary = measure == EffectMeasure.OR || measure == EffectMeasure.RR || measure == EffectMeasure.RD;
        if (effect instanceof AssumedEffect.RiskReduction && !binary) {
            throw new IllegalArgumentException("a control risk and relative risk reduction need measure OR, RR or RD,"
                    + " not " + measure);
        }
        if (effect instanceof AssumedEffect.MeanDifference && measure != EffectMeasure.MD) {
            throw new IllegalArgumentException("a mean difference and SD need measure MD, not " + measure);
        }
    }

    /**
     * Two-sided α = 0.05, power 0.80, D²-adjusted, DerSimonian–Laird: the TSA program's defaults.
     *
     * @param measure the effect measure
     * @param effect  the assumed effect
     * @return the options
     */
    public static TsaOptions defaults(EffectMeasure measure, AssumedEffect effect) {
        return new TsaOptions(measure, effect, 0.05, 0.8, 2, HeterogeneityAdjustment.D2, Tau2Method.DL);
    }
}
