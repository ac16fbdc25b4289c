package org.evsyn.core.review.dose;

import java.util.Objects;

/**
 * One study in a dose-response plot.
 *
 * @param study the comparison's label
 * @param dose  its dose
 * @param yi    its effect (log scale for ratio measures)
 * @param vi    its sampling variance (the bubble's area is proportional to 1/vi)
 */
public record DosePoint(String study, double dose, double yi, double vi) {

    /** Requires the label. */
    public DosePoint {
        Objects.requireNonNull(study, "study");
    }
}
