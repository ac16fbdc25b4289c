package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A protocol arm as registered (multi-arm trials have several).
 *
 * @param label             the arm label, unique within the registration
 * @param type              EXPERIMENTAL, PLACEBO_COMPARATOR, SHAM_COMPARATOR, NO_INTERVENTION, ...
 * @param description       free text
 * @param interventionNames the interventions given in this arm
 */
public record ArmGroup(String label, Optional<String> type, Optional<String> description, List<String> interventionNames) {
    public ArmGroup {
        Registration.requireText(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        interventionNames = List.copyOf(interventionNames);
    }
}
