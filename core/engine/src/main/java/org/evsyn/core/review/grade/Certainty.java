package org.evsyn.core.review.grade;

/** GRADE certainty of evidence. */
public enum Certainty {
    VERY_LOW("Very low"), LOW("Low"), MODERATE("Moderate"), HIGH("High");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    /** As reports print it. */
    public String label() {
        return label;
    }

    /** High (4) minus the levels downgraded, never below very low. */
    public static Certainty fromRandomisedTrials(int downgrades) {
        int level = Math.max(1, 4 - Math.max(0, downgrades));
        return values()[level - 1];
    }
}
