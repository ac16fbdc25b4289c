package org.evsyn.stats.network;

/**
 * A treatment in the network graph.
 *
 * @param treatment    the treatment
 * @param studies      studies with an arm of it
 * @param arms         its arms
 * @param participants participants in its arms (sum of n; NaN for pairwise-contrast input, which has no arm sizes)
 */
public record NetworkNode(String treatment, int studies, int arms, double participants) {
}
