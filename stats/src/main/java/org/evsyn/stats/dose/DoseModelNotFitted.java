package org.evsyn.stats.dose;

import java.util.Objects;

/**
 * A dose model the data do not allow, and why.
 *
 * @param scale  the scale asked for
 * @param reason e.g. "restricted cubic spline needs at least 5 studies with a dose; 3 have one"
 */
public record DoseModelNotFitted(DoseScale scale, String reason) {

    /** Requires both parts. */
    public DoseModelNotFitted {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(reason, "reason");
    }
}
