package org.evsyn.core.review.engine;

import java.util.List;
import java.util.Optional;

/**
 * A review's analyses beyond the pairwise ones: the network meta-analyses its plan declares, and per outcome the
 * trial sequential analysis and the fragility of the pooled result.
 *
 * @param networks   one per declared network, in plan order
 * @param sequential one per outcome that has a TSA or a fragility index (or a reason why not), in plan order
 */
public record NetworkAndSequential(List<NetworkAnalysis> networks, List<TsaAndFragility> sequential) {

    /** Nothing beyond the pairwise analyses. */
    public static final NetworkAndSequential NONE = new NetworkAndSequential(List.of(), List.of());

    public NetworkAndSequential {
        networks = List.copyOf(networks);
        sequential = List.copyOf(sequential);
    }

    /** The TSA and fragility of {@code outcome} (its name in the plan), if any. */
    public Optional<TsaAndFragility> of(String outcome) {
        return sequential.stream().filter(s -> s.outcome().equals(outcome)).findFirst();
    }
}
