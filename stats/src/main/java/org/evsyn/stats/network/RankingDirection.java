package org.evsyn.stats.network;

/** Which side of the effect scale is good, for P-scores and rank probabilities. */
public enum RankingDirection {
    /** Large effects are good (e.g. quitting smoking). */
    HIGHER_IS_BETTER,
    /** Small effects are good (e.g. deaths, off-time). */
    LOWER_IS_BETTER
}
