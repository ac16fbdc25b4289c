package org.evsyn.stats.sequential;

/** What the cumulative Z curve reached first. */
public enum Crossing {
    /** It crossed the benefit boundary. */
    BENEFIT,
    /** It crossed the harm boundary. */
    HARM,
    /** It entered the futility region (inner wedge) before the required information size. */
    FUTILITY,
    /** It crossed no boundary. */
    NONE
}
