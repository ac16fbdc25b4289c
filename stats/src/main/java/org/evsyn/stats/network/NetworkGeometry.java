package org.evsyn.stats.network;

import java.util.List;

/**
 * The network's graph.
 *
 * @param nodes      treatments, in the fit's treatment order
 * @param edges      direct comparisons
 * @param designs    distinct designs (treatments of a study in the fit's order, joined by ':'), sorted
 * @param components connected components (1 for an analysed network)
 */
public record NetworkGeometry(List<NetworkNode> nodes, List<NetworkEdge> edges, List<String> designs,
                              int components) {

    /** Copies the lists. */
    public NetworkGeometry {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        designs = List.copyOf(designs);
    }
}
