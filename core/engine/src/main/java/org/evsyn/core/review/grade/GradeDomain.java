package org.evsyn.core.review.grade;

/** The GRADE domains that can lower certainty. */
public enum GradeDomain {
    RISK_OF_BIAS("Risk of bias"),
    INCONSISTENCY("Inconsistency"),
    INDIRECTNESS("Indirectness"),
    IMPRECISION("Imprecision"),
    PUBLICATION_BIAS("Publication bias");

    private final String label;

    GradeDomain(String label) {
        this.label = label;
    }

    /** As reports print it. */
    public String label() {
        return label;
    }
}
