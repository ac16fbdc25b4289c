package org.evsyn.stats.effect;

/**
 * One study given directly as effect size and sampling variance (generic inverse variance). Ratio measures must
 * already be on the log scale; see {@link #fromConfidenceInterval} for estimates reported with a CI.
 *
 * @param label unique study label
 * @param yi    effect size (finite)
 * @param vi    sampling variance (finite, ≥ 0)
 */
public record GenericStudy(String label, double yi, double vi) implements Study {

    /**
     * Validates the components.
     *
     * @throws InvalidStudyException naming the study and field when a value is missing or impossible
     */
    public GenericStudy {
        StudyChecks.label(label);
        StudyChecks.finite(label, StudyField.EFFECT_SIZE, yi);
        StudyChecks.nonNegative(label, StudyField.SAMPLING_VARIANCE, vi);
    }

    /**
     * A study given as effect and standard error.
     *
     * @param label unique label
     * @param yi    effect size
     * @param sei   standard error (≥ 0)
     * @return the study with vi = sei²
     */
    public static GenericStudy ofStandardError(String label, double yi, double sei) {
        StudyChecks.label(label);
        StudyChecks.nonNegative(label, StudyField.STANDARD_ERROR, sei);
        return new GenericStudy(label, yi, sei * sei);
    }

    /**
     * A study reported as point estimate and symmetric (on the analysis scale) confidence interval. For ratio
     * measures the three numbers are ratios and are log-transformed; the standard error is the CI width on the
     * analysis scale divided by 2·z₁₋α/₂.
     *
     * @param label    unique label
     * @param estimate point estimate (a ratio &gt; 0 when {@code ratio})
     * @param lower    lower confidence bound
     * @param upper    upper confidence bound (&gt; lower)
     * @param level    confidence level in percent, e.g. 95
     * @param ratio    whether the numbers are ratios (RR, OR, HR, ...) to be analysed on the log scale
     * @return the study on the analysis scale
     */
    public static GenericStudy fromConfidenceInterval(String label, double estimate, double lower, double upper,
                                                      double level, boolean ratio) {
        StudyChecks.label(label);
        StudyChecks.finite(label, StudyField.ESTIMATE, estimate);
        StudyChecks.finite(label, StudyField.CI_LOWER, lower);
        StudyChecks.finite(label, StudyField.CI_UPPER, upper);
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must lie strictly between 0 and 100, got " + level);
        }
        if (ratio && !(estimate > 0 && lower > 0 && upper > 0)) {
            throw new InvalidStudyException(label, StudyField.ESTIMATE, "the estimate and its confidence bounds must be "
                    + "positive ratios");
        }
        if (!(upper > lower)) {
            throw new InvalidStudyException(label, StudyField.CI_UPPER, "the upper confidence bound (" + upper
                    + ") must exceed the lower one (" + lower + ")");
        }
        double y = ratio ? Math.log(estimate) : estimate;
        double lo = ratio ? Math.log(lower) : lower;
        double hi = ratio ? Math.log(upper) : upper;
        if (!(y >= lo && y <= hi)) {
            throw new InvalidStudyException(label, StudyField.ESTIMATE, "the estimate lies outside its confidence "
                    + "interval");
        }
        double z = org.evsyn.stats.internal.Distributions.normalQuantile(1 - (1 - level / 100.0) / 2);
        double se = (hi - lo) / (2 * z);
        return new GenericStudy(label, y, se * se);
    }
}
