package org.evsyn.core.review.plan;

/** Which direction of an outcome is good for patients; orients forest plots and GRADE judgements. */
public enum Direction {
    /** Lower values (or fewer events) are better, e.g. mortality, mRS, NIHSS. */
    LOWER_IS_BETTER,
    /** Higher values are better, e.g. Barthel Index. */
    HIGHER_IS_BETTER
}
