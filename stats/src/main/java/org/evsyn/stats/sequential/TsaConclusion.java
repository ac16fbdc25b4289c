package org.evsyn.stats.sequential;

import java.util.Objects;

/**
 * The conclusion of a trial sequential analysis.
 *
 * @param crossing    the first boundary crossed, NONE when none
 * @param trial       1-based trial at which it was crossed, 0 when none
 * @param risReached  whether the accumulated participants reach the required information size
 * @param text        one sentence, e.g. "the cumulative Z crosses the benefit boundary at trial 5"
 */
public record TsaConclusion(Crossing crossing, int trial, boolean risReached, String text) {

    /** Checks the parts. */
    public TsaConclusion {
        Objects.requireNonNull(crossing, "crossing");
        Objects.requireNonNull(text, "text");
    }
}
