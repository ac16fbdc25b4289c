package org.evsyn.reporting.model;

/** A RoB 2 judgement, with the glyph and wording the traffic-light plot uses. */
public enum RobJudgement {
    /** Low risk of bias. */
    LOW("+", "Low risk"),
    /** Some concerns. */
    SOME_CONCERNS("!", "Some concerns"),
    /** High risk of bias. */
    HIGH("\u2212", "High risk");

    private final String glyph;
    private final String label;

    RobJudgement(String glyph, String label) {
        this.glyph = glyph;
        this.label = label;
    }

    /** The symbol drawn in the judgement's circle. */
    public String glyph() {
        return glyph;
    }

    /** The judgement in words. */
    public String label() {
        return label;
    }
}
