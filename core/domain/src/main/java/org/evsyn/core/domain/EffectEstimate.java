package org.evsyn.core.domain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A study-level estimate as a source prints it (an adjusted hazard ratio, an odds ratio from a regression, a mean
 * difference with its confidence interval), for the generic inverse-variance measure. Ratios are given on their
 * natural scale; the plan's outcome says which scale the numbers are on.
 *
 * @param effect  the estimate
 * @param se      its standard error, when printed
 * @param ciLower lower confidence bound, when printed
 * @param ciUpper upper confidence bound, when printed
 * @param ciLevel the interval's level in percent (95 when the source does not say)
 */
public record EffectEstimate(double effect, OptionalDouble se, OptionalDouble ciLower, OptionalDouble ciUpper,
                             double ciLevel) {
    public EffectEstimate {
        Objects.requireNonNull(se, "se");
        Objects.requireNonNull(ciLower, "ciLower");
        Objects.requireNonNull(ciUpper, "ciUpper");
        if (!Double.isFinite(effect)) {
            throw new IllegalArgumentException("effect must be a finite number");
        }
        if (se.isPresent() && !(se.getAsDouble() > 0 && Double.isFinite(se.getAsDouble()))) {
            throw new IllegalArgumentException("effect_se must be a number > 0, got " + se.getAsDouble());
        }
        if (ciLower.isPresent() != ciUpper.isPresent()) {
            throw new IllegalArgumentException("a confidence interval needs both bounds");
        }
        if (se.isEmpty() && ciLower.isEmpty()) {
            throw new IllegalArgumentException("an estimate needs its standard error or its confidence interval");
        }
        if (ciLower.isPresent() && !(Double.isFinite(ciLower.getAsDouble()) && Double.isFinite(ciUpper.getAsDouble())
                && ciLower.getAsDouble() <= effect && effect <= ciUpper.getAsDouble())) {
            throw new IllegalArgumentException("the confidence interval [" + ciLower.getAsDouble() + ", "
                    + ciUpper.getAsDouble() + "] must contain the estimate " + effect);
        }
        if (!(ciLevel > 0 && ciLevel < 100)) {
            throw new IllegalArgumentException("the confidence level must be a percentage between 0 and 100, got "
                    + ciLevel);
        }
    }
}
