package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A participant-flow count: how many in one group reached a milestone (STARTED, COMPLETED, ...) of a period,
 * or dropped out for a reason.
 *
 * @param period    period title
 * @param milestone milestone type, or the drop/withdraw reason
 * @param dropout   true for a drop/withdraw reason, false for a milestone
 * @param groupId   participant-flow group id (e.g. {@code FG000})
 * @param count     the number as posted
 */
public record FlowMilestone(String period, String milestone, boolean dropout, String groupId, NumericValue count,
                            Optional<String> comment) {
    public FlowMilestone {
        Objects.requireNonNull(period, "period");
        Registration.requireText(milestone, "milestone");
        Registration.requireText(groupId, "groupId");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(comment, "comment");
    }
}
