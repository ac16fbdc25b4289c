package org.evsyn.stats.fragility;

/** How the smallest set of event changes that flips a pooled result is searched for. */
public enum SearchMethod {
    /**
     * One event at a time, each step taking the single-arm change that moves the p-value furthest toward the
     * other side of α (Atal et al. 2019; the {@code fragility} R package). Fast; may overestimate the index.
     */
    GREEDY,
    /** Breadth-first over every combination of single-arm event changes of 1, 2, ... events: the true minimum. */
    EXACT,
    /** EXACT while the number of combinations to try stays small, GREEDY otherwise (the result says which ran). */
    AUTO
}
