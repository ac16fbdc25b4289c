package org.evsyn.reporting.model;

/** Which side of the line of no effect favours the intervention. */
public enum BenefitDirection {
    /** Lower values are better (mortality, mRS, NIHSS): effects below the null favour the intervention. */
    LOWER_IS_BETTER,
    /** Higher values are better (Barthel Index): effects above the null favour the intervention. */
    HIGHER_IS_BETTER
}
