package org.evsyn.stats.fragility;

/** One arm of a two-arm study. */
public enum Arm {
    /** The treatment (intervention) arm, group 1. */
    TREATMENT,
    /** The control arm, group 2. */
    CONTROL
}
