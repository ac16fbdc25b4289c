package org.evsyn.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.evsyn.core.domain.InterventionDetails;

/**
 * One arm of a study (multi-arm studies have several).
 *
 * @param label         the arm label, e.g. "MSC 1x10^6/kg"
 * @param role          EXPERIMENTAL, CONTROL, ... as the extraction gave it
 * @param n             participants randomised to the arm, when known
 * @param interventions what the arm received
 */
public record StudyArm(String label, Optional<String> role, OptionalInt n, List<ArmIntervention> interventions) {
    /** Checks the components and copies the list. */
    public StudyArm {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(n, "n");
        interventions = List.copyOf(interventions);
    }

    /**
     * One intervention of an arm.
     *
     * @param name    the intervention's name, when given
     * @param details what it received (agent, route, dose, timing; {@link InterventionDetails#none()} for a control)
     */
    public record ArmIntervention(Optional<String> name, InterventionDetails details) {
        /** Checks the components. */
        public ArmIntervention {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(details, "details");
        }
    }
}
