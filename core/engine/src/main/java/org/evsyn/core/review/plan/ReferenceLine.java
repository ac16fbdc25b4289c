package org.evsyn.core.review.plan;

import java.util.Objects;

/**
 * A vertical line the dose-response plot draws at a declared dose, e.g. a safety ceiling.
 *
 * @param dose  the dose, in the dose attribute's unit
 * @param label what the line means, printed beside it
 */
public record ReferenceLine(double dose, String label) {

    /** Requires a finite dose and a label. */
    public ReferenceLine {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(dose)) {
            throw new IllegalArgumentException("reference line '" + label + "': dose must be a finite number");
        }
    }
}
