package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ExtractedArm;

import java.util.Objects;
import java.util.Optional;

/**
 * A posted results group read as a study arm.
 *
 * @param groupId       the measure's group id, e.g. {@code OG001}
 * @param groupTitle    the group title as posted
 * @param label         the arm label used in extracted rows: the registered arm's label when the group matches one,
 *                      else the group title without a trailing analysis-set note such as "(FAS)"
 * @param role          what the arm is in the comparison
 * @param registeredArm the protocol arm the group matches, when one does
 * @param why           how the role was decided, for reviewers
 * @param treatment     what the arm received: the intervention names the registered arm lists (type prefix such as
 *                      "Drug:" dropped, several joined by " + "); empty without a registered arm or names
 */
public record GroupArm(String groupId, String groupTitle, String label, ExtractedArm.Role role,
                       Optional<String> registeredArm, String why, Optional<String> treatment) {
    public GroupArm {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(groupTitle, "groupTitle");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(registeredArm, "registeredArm");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(treatment, "treatment");
    }
}
