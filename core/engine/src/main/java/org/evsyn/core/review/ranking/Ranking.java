package org.evsyn.core.review.ranking;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The unlabelled records in the order to screen them.
 *
 * @param order              record ids, most likely relevant first
 * @param relevance          each ranked record's estimated probability of being relevant
 * @param expectedRemaining  the expected number of relevant records among the ranked ones
 * @param model              what produced the order, e.g. "random (too few decisions to learn from)"
 */
public record Ranking(List<String> order, Map<String, Double> relevance, double expectedRemaining, String model) {
    public Ranking {
        order = List.copyOf(order);
        relevance = Map.copyOf(relevance);
        Objects.requireNonNull(model, "model");
    }
}
