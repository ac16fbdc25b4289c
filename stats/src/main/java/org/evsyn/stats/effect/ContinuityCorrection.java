package org.evsyn.stats.effect;

import java.util.Objects;

/**
 * How zero cells of 2×2 tables are handled when per-study effects are computed.
 *
 * @param value           amount added to each of the four cells of a corrected table (≥ 0, usually 0.5)
 * @param rule            which studies are corrected
 * @param dropDoubleZero  whether studies with no events (or only events) in both arms are excluded
 */
public record ContinuityCorrection(double value, CorrectionRule rule, boolean dropDoubleZero) {

    /**
     * Validates the components.
     */
    public ContinuityCorrection {
        Objects.requireNonNull(rule, "rule");
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("continuity correction must be a finite number >= 0, got " + value);
        }
    }

    /** metafor's escalc default for inverse-variance models: 0.5 to zero-cell studies, double-zero studies kept. */
    public static ContinuityCorrection escalcDefault() {
        return new ContinuityCorrection(0.5, CorrectionRule.ONLY0, false);
    }

    /** metafor's default for Mantel–Haenszel and Peto per-study values: as escalc, but double-zero studies dropped. */
    public static ContinuityCorrection pooledDefault() {
        return new ContinuityCorrection(0.5, CorrectionRule.ONLY0, true);
    }
}
