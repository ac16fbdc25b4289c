package org.evsyn.stats.network;

import java.util.List;

/**
 * Simulated rank distribution of one treatment.
 *
 * @param treatment     the treatment
 * @param probabilities probability of rank 1 (best), 2, ..., T
 * @param sucra         surface under the cumulative ranking curve (Salanti 2011)
 * @param meanRank      expected rank
 */
public record TreatmentRanks(String treatment, List<Double> probabilities, double sucra, double meanRank) {

    /** Copies the probabilities. */
    public TreatmentRanks {
        probabilities = List.copyOf(probabilities);
    }
}
