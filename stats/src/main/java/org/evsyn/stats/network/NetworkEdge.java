package org.evsyn.stats.network;

/**
 * A direct comparison in the network graph (unordered; treatment1 comes first in the fit's treatment order).
 *
 * @param treatment1   one treatment
 * @param treatment2   the other
 * @param studies      studies with arms of both
 * @param participants participants in those arms of those studies (NaN for pairwise-contrast input)
 */
public record NetworkEdge(String treatment1, String treatment2, int studies, double participants) {
}
