package org.evsyn.core.review.run;

import org.evsyn.core.store.DecisionChanges;

import java.util.Objects;

/**
 * How the review's decisions in force changed when a run stored them.
 *
 * @param screening  screening decisions
 * @param riskOfBias risk-of-bias judgements
 * @param duplicates duplicate links found among the exports
 */
public record DecisionsStored(DecisionChanges screening, DecisionChanges riskOfBias, DecisionChanges duplicates) {

    /** Checks that nothing is missing. */
    public DecisionsStored {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(riskOfBias, "riskOfBias");
        Objects.requireNonNull(duplicates, "duplicates");
    }

    /** True when there was nothing to store or compare (no screening or RoB sheet, no duplicates). */
    public boolean empty() {
        return isEmpty(screening) && isEmpty(riskOfBias) && isEmpty(duplicates);
    }

    private static boolean isEmpty(DecisionChanges c) {
        return c.none() && c.unchanged() == 0;
    }
}
