package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;

import java.util.Objects;

/**
 * One arm's posted result for one outcome, as an extraction-sheet row plus the group it was read from.
 *
 * @param arm    the posted group read as an arm
 * @param result the row: {@code armLabel} is {@code arm.label()}, {@code sourceRefs} is {@code ["registry:NCT…"]}
 */
public record RegistryArmRow(GroupArm arm, ArmOutcomeResult result) {
    public RegistryArmRow {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(result, "result");
        if (!arm.label().equals(result.armLabel())) {
            throw new IllegalArgumentException("row arm " + result.armLabel() + " is not group arm " + arm.label());
        }
    }
}
