package org.evsyn.stats.network;

import java.util.List;

/**
 * Rank probabilities by simulation from the multivariate normal distribution of the estimates.
 *
 * @param seed       the random seed used (same seed, same numbers)
 * @param draws      number of draws
 * @param treatments per treatment, in the fit's treatment order
 */
public record RankProbabilities(long seed, int draws, List<TreatmentRanks> treatments) {

    /** Copies the list. */
    public RankProbabilities {
        treatments = List.copyOf(treatments);
    }
}
