package org.evsyn.core.review.registry;

import org.evsyn.core.review.plan.OutcomePlan;

import java.util.List;
import java.util.Objects;

/**
 * What the posted results of one registration give for one planned outcome.
 *
 * @param trialId  the registration
 * @param outcome  the planned outcome
 * @param measures usable measures, at most one per time point, in posting order
 * @param unusable measures that name the outcome but were not used, with the reason
 */
public record RegistryExtraction(String trialId, OutcomePlan outcome, List<RegistryOutcomeData> measures,
                                 List<UnusableMeasure> unusable) {
    public RegistryExtraction {
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(outcome, "outcome");
        measures = List.copyOf(measures);
        unusable = List.copyOf(unusable);
    }

    /** Whether any usable data came out. */
    public boolean hasData() {
        return !measures.isEmpty();
    }
}
