package org.evsyn.stats.network;

import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.Objects;

/**
 * Options of a network meta-analysis.
 *
 * @param measure    OR, RR or MD for arm input; GENERIC for {@link PairwiseContrast} input (any scale)
 * @param reference  the reference treatment, matched exactly
 * @param method     how τ² is obtained
 * @param level      confidence level in percent, e.g. 95
 * @param correction zero-cell handling of binary arms (rules ONLY0 / ALL / NONE, per study)
 * @param direction  which side of the effect scale is good (for P-scores and ranks)
 */
public record NetworkOptions(EffectMeasure measure, String reference, NetworkMethod method, double level,
                             ContinuityCorrection correction, RankingDirection direction) {

    /**
     * Validates the components.
     */
    public NetworkOptions {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(direction, "direction");
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage between 0 and 100, got " + level);
        }
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.MD
                && measure != EffectMeasure.GENERIC) {
            throw new IllegalArgumentException("network meta-analysis supports OR, RR, MD and GENERIC, not " + measure);
        }
    }

    /**
     * Options with the defaults: level 95, continuity correction 0.5 to studies with a zero cell with double-zero
     * studies dropped, smaller effects better.
     *
     * @param measure   effect measure
     * @param reference reference treatment
     * @param method    τ² method
     * @return the options
     */
    public static NetworkOptions of(EffectMeasure measure, String reference, NetworkMethod method) {
        return new NetworkOptions(measure, reference, method, 95,
                new ContinuityCorrection(0.5, CorrectionRule.ONLY0, true), RankingDirection.LOWER_IS_BETTER);
    }

    /** The same options with another ranking direction. */
    public NetworkOptions withDirection(RankingDirection newDirection) {
        return new NetworkOptions(measure, reference, method, level, correction, newDirection);
    }

    /** The same options with another continuity correction. */
    public NetworkOptions withCorrection(ContinuityCorrection newCorrection) {
        return new NetworkOptions(measure, reference, method, level, newCorrection, direction);
    }

    /** The same options with another τ² method. */
    public NetworkOptions withMethod(NetworkMethod newMethod) {
        return new NetworkOptions(measure, reference, newMethod, level, correction, direction);
    }
}
