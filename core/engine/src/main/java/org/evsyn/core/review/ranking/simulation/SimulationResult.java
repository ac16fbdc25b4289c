package org.evsyn.core.review.ranking.simulation;

import java.util.Objects;

/**
 * A labelled review screened in the model's order and in random order, each averaged over seeds.
 *
 * @param records   the review's records
 * @param relevant  of those, relevant at the label level simulated
 * @param batchSize records screened between two rankings (1: the model is refitted after every decision)
 * @param model     the model's order
 * @param random    random order
 */
public record SimulationResult(int records, int relevant, int batchSize, ArmSummary model, ArmSummary random) {
    public SimulationResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(random, "random");
    }
}
