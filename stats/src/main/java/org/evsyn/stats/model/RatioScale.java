package org.evsyn.stats.model;

import org.evsyn.stats.ModelFit;

import java.util.OptionalDouble;

/**
 * Pooled results of a ratio measure (RR, OR, PETO) transformed back from the log scale with exp().
 *
 * @param estimate pooled ratio
 * @param ciLower  lower confidence bound
 * @param ciUpper  upper confidence bound
 * @param piLower  lower prediction bound, where a prediction interval was computed
 * @param piUpper  upper prediction bound, where a prediction interval was computed
 */
public record RatioScale(double estimate, double ciLower, double ciUpper, OptionalDouble piLower,
                         OptionalDouble piUpper) {

    /**
     * Validates the components.
     */
    public RatioScale {
        if (piLower == null || piUpper == null || piLower.isPresent() != piUpper.isPresent()) {
            throw new IllegalArgumentException("prediction bounds must both be present or both be absent");
        }
    }

    /** exp() of a random-effects fit and its prediction interval. */
    public static RatioScale of(ModelFit fit, PredictionInterval pi) {
        return new RatioScale(Math.exp(fit.estimate()), Math.exp(fit.ciLower()), Math.exp(fit.ciUpper()),
                OptionalDouble.of(Math.exp(pi.lower())), OptionalDouble.of(Math.exp(pi.upper())));
    }

    /** exp() of a fit without prediction interval (fixed effect). */
    public static RatioScale of(ModelFit fit) {
        return new RatioScale(Math.exp(fit.estimate()), Math.exp(fit.ciLower()), Math.exp(fit.ciUpper()),
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** exp() of a Mantel–Haenszel or Peto fit. */
    public static RatioScale of(BinaryPooledFit fit) {
        return new RatioScale(Math.exp(fit.estimate()), Math.exp(fit.ciLower()), Math.exp(fit.ciUpper()),
                OptionalDouble.empty(), OptionalDouble.empty());
    }
}
