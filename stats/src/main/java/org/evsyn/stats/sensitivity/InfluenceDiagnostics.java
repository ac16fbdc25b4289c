package org.evsyn.stats.sensitivity;

import java.util.List;

/**
 * Case-deletion influence diagnostics of an inverse-variance model, one entry per study in input order.
 *
 * @param studies the per-study diagnostics
 */
public record InfluenceDiagnostics(List<StudyInfluence> studies) {

    /** Median of the χ² distribution with 1 df: metafor flags Cook's distance when pchisq(cook.d, p) &gt; 0.5. */
    private static final double CHI2_1_MEDIAN = 0.45493642311957283;

    /**
     * Validates the components.
     */
    public InfluenceDiagnostics {
        studies = List.copyOf(studies);
    }

    /**
     * Whether a study is influential by metafor's {@code influence()} rule for an intercept-only model (p = 1):
     * |DFFITS| &gt; 3·√(p/(k − p)), pchisq(Cook's distance, p) &gt; 0.5, hat &gt; 3p/k or |DFBETAS| &gt; 1.
     *
     * @param index the study's position in {@link #studies()}
     * @return true when any criterion holds
     */
    public boolean influential(int index) {
        StudyInfluence s = studies.get(index);
        int k = studies.size();
        return Math.abs(s.dffits()) > 3 * Math.sqrt(1.0 / (k - 1)) || s.cooks() > CHI2_1_MEDIAN
                || s.hat() > 3.0 / k || Math.abs(s.dfbetas()) > 1;
    }
}
