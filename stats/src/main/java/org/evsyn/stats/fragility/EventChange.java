package org.evsyn.stats.fragility;

import java.util.Objects;

/**
 * Events changed in one arm of one study.
 *
 * @param study the study's label
 * @param arm   the arm
 * @param delta events added (positive) or removed (negative); the arm size stays the same
 */
public record EventChange(String study, Arm arm, int delta) {

    /** Checks the parts. */
    public EventChange {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(arm, "arm");
    }
}
