package org.evsyn.stats.effect;

import java.util.Objects;
import java.util.Optional;

/**
 * One study's effect size as it enters a model (ratio measures on the log scale).
 *
 * @param label      the study's label
 * @param position   the study's place in the list given to {@code escalc}, from 0
 * @param yi         effect size (finite)
 * @param vi         sampling variance (finite, ≥ 0)
 * @param adjustment what was done to the study's data first, e.g. "0.5 added to all cells (zero cell)"; empty when
 *                   nothing was
 */
public record EffectSize(String label, int position, double yi, double vi, Optional<String> adjustment) {

    /** Validates the components. */
    public EffectSize {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(adjustment, "adjustment");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, got " + position);
        }
        if (!Double.isFinite(yi) || !Double.isFinite(vi) || vi < 0) {
            throw new IllegalArgumentException("study '" + label + "': effect size and sampling variance must be "
                    + "finite and the variance >= 0, got " + yi + " and " + vi);
        }
    }

    /**
     * The standard error √vi.
     *
     * @return the standard error
     */
    public double sei() {
        return Math.sqrt(vi);
    }
}
