package org.evsyn.stats.effect;

/** Which studies receive the continuity correction (metafor's {@code to} argument). */
public enum CorrectionRule {
    /** Only studies with at least one zero cell (metafor's default, {@code "only0"}). */
    ONLY0,
    /** Every study ({@code "all"}). */
    ALL,
    /** No study ({@code "none"}). */
    NONE
}
