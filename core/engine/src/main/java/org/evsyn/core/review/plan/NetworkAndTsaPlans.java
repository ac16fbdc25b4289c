package org.evsyn.core.review.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's analyses beyond the pairwise ones: network meta-analyses ({@code network}) and trial sequential
 * analysis settings per outcome ({@code outcomes[].tsa}). Fragility needs no settings: every pooled event outcome
 * gets it.
 *
 * @param networks network meta-analyses, in plan order
 * @param tsa      trial sequential analysis settings by outcome name
 */
public record NetworkAndTsaPlans(List<NetworkPlan> networks, Map<String, TsaPlan> tsa) {

    /** No network and no trial sequential analysis. */
    public static final NetworkAndTsaPlans NONE = new NetworkAndTsaPlans(List.of(), Map.of());

    public NetworkAndTsaPlans {
        networks = List.copyOf(networks);
        tsa = Map.copyOf(tsa);
    }

    /** The network declared over {@code outcome}, if any. */
    public Optional<NetworkPlan> networkFor(String outcome) {
        return networks.stream().filter(n -> n.outcome().equals(outcome)).findFirst();
    }
}
