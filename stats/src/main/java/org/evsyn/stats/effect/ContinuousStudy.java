package org.evsyn.stats.effect;

/**
 * One two-arm study with a continuous outcome; NaN marks a missing value, which is rejected.
 *
 * @param label unique study label
 * @param n1    treatment arm size (≥ 1)
 * @param m1    treatment mean
 * @param sd1   treatment standard deviation (≥ 0)
 * @param n2    control arm size (≥ 1)
 * @param m2    control mean
 * @param sd2   control standard deviation (≥ 0)
 */
public record ContinuousStudy(String label, int n1, double m1, double sd1, int n2, double m2, double sd2)
        implements Study {

    /**
     * Validates the components.
     *
     * @throws InvalidStudyException naming the study and field when a value is missing or impossible
     */
    public ContinuousStudy {
        StudyChecks.label(label);
        if (n1 < 1) {
            throw new InvalidStudyException(label, StudyField.TREATMENT_SIZE, "the size of the treatment arm must be at "
                    + "least 1 (" + n1 + ")");
        }
        if (n2 < 1) {
            throw new InvalidStudyException(label, StudyField.CONTROL_SIZE, "the size of the control arm must be at least "
                    + "1 (" + n2 + ")");
        }
        StudyChecks.finite(label, StudyField.TREATMENT_MEAN, m1);
        StudyChecks.finite(label, StudyField.CONTROL_MEAN, m2);
        StudyChecks.nonNegative(label, StudyField.TREATMENT_SD, sd1);
        StudyChecks.nonNegative(label, StudyField.CONTROL_SD, sd2);
    }

    /** The same study with the arms exchanged. */
    public ContinuousStudy swapArms() {
        return new ContinuousStudy(label, n2, m2, sd2, n1, m1, sd1);
    }
}
