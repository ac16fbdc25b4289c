package org.evsyn.core.review.registry;

import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.TimepointRule;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Outcome plans for registry tests. */
final class Plans {

    private Plans() {
    }

    /** An outcome pooled as MD (or another measure) at the last follow-up. */
    static OutcomePlan outcome(String name, String measure, String... synonyms) {
        return new OutcomePlan(name, name, List.of(synonyms), Optional.empty(), Direction.LOWER_IS_BETTER, measure,
                new TimepointRule.Last(OptionalDouble.empty(), true));
    }
}
