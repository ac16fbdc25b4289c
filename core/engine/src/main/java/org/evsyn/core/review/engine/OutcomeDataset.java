package org.evsyn.core.review.engine;

import org.evsyn.core.review.plan.OutcomePlan;

import java.util.List;
import java.util.Objects;

/**
 * What an outcome analysis has to work with: the usable comparisons and, for every other study, why not.
 *
 * @param outcome  the plan's outcome
 * @param included comparisons to pool, in study order
 * @param missing  studies left out, with reasons
 * @param notes    statements about the dataset as a whole for the report, e.g. that change scores and final values
 *                 were combined
 */
public record OutcomeDataset(OutcomePlan outcome, List<StudyOutcomeData> included, List<MissingOutcomeData> missing,
                             List<String> notes) {
    public OutcomeDataset {
        Objects.requireNonNull(outcome, "outcome");
        included = List.copyOf(included);
        missing = List.copyOf(missing);
        notes = List.copyOf(notes);
    }
}
