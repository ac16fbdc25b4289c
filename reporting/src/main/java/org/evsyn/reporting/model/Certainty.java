package org.evsyn.reporting.model;

/** GRADE certainty of the evidence. */
public enum Certainty {
    /** High certainty. */
    HIGH("High", 4),
    /** Moderate certainty. */
    MODERATE("Moderate", 3),
    /** Low certainty. */
    LOW("Low", 2),
    /** Very low certainty. */
    VERY_LOW("Very low", 1);

    private final String label;
    private final int filled;

    Certainty(String label, int filled) {
        this.label = label;
        this.filled = filled;
    }

    /** The rating in words. */
    public String label() {
        return label;
    }

    /** GRADE's symbol: filled circles for the rating, open ones for the rest (e.g. ⊕⊕⊕◯). */
    public String symbols() {
        return "\u2295".repeat(filled) + "\u25EF".repeat(4 - filled);
    }
}
