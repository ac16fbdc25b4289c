package org.evsyn.stats.effect;

/**
 * A field of a study record, named as a reviewer would name it. An {@link InvalidStudyException} says which field
 * is wrong, so that a caller can point at the place the value came from (a CSV column, a form field, ...).
 */
public enum StudyField {
    /** Events in the treatment arm of a 2×2 table. */
    TREATMENT_EVENTS("events in the treatment arm"),
    /** Size of the treatment arm. */
    TREATMENT_SIZE("size of the treatment arm"),
    /** Events in the control arm of a 2×2 table. */
    CONTROL_EVENTS("events in the control arm"),
    /** Size of the control arm. */
    CONTROL_SIZE("size of the control arm"),
    /** Mean of the treatment arm. */
    TREATMENT_MEAN("mean of the treatment arm"),
    /** Standard deviation of the treatment arm. */
    TREATMENT_SD("standard deviation of the treatment arm"),
    /** Mean of the control arm. */
    CONTROL_MEAN("mean of the control arm"),
    /** Standard deviation of the control arm. */
    CONTROL_SD("standard deviation of the control arm"),
    /** An effect size given directly. */
    EFFECT_SIZE("effect size"),
    /** The sampling variance of an effect size given directly. */
    SAMPLING_VARIANCE("sampling variance"),
    /** The standard error of an effect size given directly. */
    STANDARD_ERROR("standard error"),
    /** A point estimate reported with a confidence interval. */
    ESTIMATE("estimate"),
    /** The lower bound of a reported confidence interval. */
    CI_LOWER("lower confidence bound"),
    /** The upper bound of a reported confidence interval. */
    CI_UPPER("upper confidence bound");

    private final String words;

    StudyField(String words) {
        this.words = words;
    }

    /**
     * The field in words, without article, e.g. "events in the treatment arm".
     *
     * @return the description
     */
    public String words() {
        return words;
    }
}
