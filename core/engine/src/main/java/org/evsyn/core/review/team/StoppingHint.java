package org.evsyn.core.review.team;

/**
 * When to consider stopping: the ranking model's estimate of relevant records still among the unscreened ones.
 *
 * @param screened          records decided at this stage
 * @param relevantFound     of those, included
 * @param unscreened        records not yet decided
 * @param estimatedRemaining the model's expected number of relevant records among the unscreened ones
 * @param basis             which model made the estimate, in one sentence for the page (the counts are the other
 *                          components, not repeated here)
 */
public record StoppingHint(int screened, int relevantFound, int unscreened, double estimatedRemaining,
                           String basis) {
}
