package org.evsyn.core.review.grade;

/** The GRADE domains that can lower certainty. */
public enum GradeDomain {
    RISK_OF_BIAS("Risk of bias", true),
    INCONSISTENCY("Inconsistency", false),
    INDIRECTNESS("Indirectness", true),
    IMPRECISION("Imprecision", false),
    PUBLICATION_BIAS("Publication bias", false);

    private final String label;
    private final boolean needsJudgement;

    GradeDomain(String label, boolean needsJudgement) {
        this.label = label;
        this.needsJudgement = needsJudgement;
    }

    /**
     * Whether the domain rests on the reviewers' judgements (risk-of-bias assessments, an indirectness rating), so
     * that leaving it unjudged caps certainty; the others cannot be rated only where the data do not allow it
     * (one study, fewer than ten studies).
     */
    public boolean needsJudgement() {
        return needsJudgement;
    }

    /** As reports print it. */
    public String label() {
        return label;
    }
}
