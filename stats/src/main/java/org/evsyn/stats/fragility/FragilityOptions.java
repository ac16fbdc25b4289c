package org.evsyn.stats.fragility;

import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.Objects;

/**
 * Options of a meta-analysis fragility index.
 *
 * @param measure OR, RR or RD
 * @param method  τ² method of the pooled model (DL is the {@code fragility} package's default; REML, FE, ...)
 * @param alpha   significance level, strictly between 0 and 1
 * @param search  greedy, exact or automatic search
 */
public record FragilityOptions(EffectMeasure measure, Tau2Method method, double alpha, SearchMethod search) {

    /** Checks the parts. */
    public FragilityOptions {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(search, "search");
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("the fragility index needs measure OR, RR or RD, not " + measure);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha);
        }
    }

    /**
     * DerSimonian–Laird, α = 0.05, automatic search.
     *
     * @param measure OR, RR or RD
     * @return the options
     */
    public static FragilityOptions defaults(EffectMeasure measure) {
        return new FragilityOptions(measure, Tau2Method.DL, 0.05, SearchMethod.AUTO);
    }
}
