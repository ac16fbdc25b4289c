package org.evsyn.stats.effect;

import java.util.Objects;

/**
 * A study given to {@code escalc} that has no effect size, and why.
 *
 * @param label    the study's label
 * @param position the study's place in the list given to {@code escalc}, from 0
 * @param reason   why, e.g. "dropped (no events in either arm)"
 */
public record ExcludedStudy(String label, int position, String reason) {

    /** Validates the components. */
    public ExcludedStudy {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, got " + position);
        }
    }
}
