package org.evsyn.stats.effect;

/** Shared validation of study records; each failure names the study and the field. */
final class StudyChecks {

    private StudyChecks() {
    }

    static String label(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("study label must not be missing or blank");
        }
        return label;
    }

    static void finite(String study, StudyField field, double value) {
        if (Double.isNaN(value)) {
            throw new InvalidStudyException(study, field, "the " + field.words() + " is missing");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidStudyException(study, field, "the " + field.words() + " is not a finite number ("
                    + value + ")");
        }
    }

    static void nonNegative(String study, StudyField field, double value) {
        finite(study, field, value);
        if (value < 0) {
            throw new InvalidStudyException(study, field, "the " + field.words() + " must not be negative ("
                    + value + ")");
        }
    }
}
