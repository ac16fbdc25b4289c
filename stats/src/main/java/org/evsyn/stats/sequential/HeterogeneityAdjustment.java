package org.evsyn.stats.sequential;

/** How the required information size is enlarged for heterogeneity between trials. */
public enum HeterogeneityAdjustment {
    /** Diversity D² = 1 − V_fixed / V_random (Wetterslev et al. 2009): size / (1 − D²). The TSA default. */
    D2,
    /** Inconsistency I² (as a proportion): size / (1 − I²). */
    I2,
    /** No adjustment: the size of one trial of the same power. */
    NONE
}
