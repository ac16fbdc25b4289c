package org.evsyn.stats.dose;

/**
 * How a study's dose levels were sampled, which decides the covariance of log relative risks that share the
 * referent (Greenland &amp; Longnecker 1992; dosresmeta's {@code type}).
 */
public enum StudyDesign {
    /** Case-control: odds ratios; per level cases and subjects (cases plus controls). */
    CASE_CONTROL,
    /** Cumulative incidence: risk ratios; per level cases and persons at risk. */
    CUMULATIVE_INCIDENCE,
    /** Incidence rate: rate ratios; per level cases and person-time. */
    INCIDENCE_RATE
}
