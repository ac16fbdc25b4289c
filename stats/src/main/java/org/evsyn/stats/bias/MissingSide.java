package org.evsyn.stats.bias;

import java.util.Locale;

/** The side of the funnel plot on which trim and fill assumes studies are missing. */
public enum MissingSide {
    /** Studies missing among the small (left) effects. */
    LEFT,
    /** Studies missing among the large (right) effects. */
    RIGHT;

    /** @return "left" or "right", as metafor prints it */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
