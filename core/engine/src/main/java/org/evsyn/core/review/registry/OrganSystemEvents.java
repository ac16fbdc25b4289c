package org.evsyn.core.review.registry;

import java.util.Objects;

/**
 * Adverse events of one organ system across the trials that posted them, for the report's safety table.
 *
 * @param organSystem      system organ class as posted, e.g. "Infections and infestations"
 * @param trials           trials contributing
 * @param treatmentAffected experimental-arm participants affected: per trial the largest count of any
 *                         one term of the system, summed over trials; a lower bound, because registries post counts
 *                         per term and a participant may have several terms
 * @param treatmentAtRisk  experimental participants at risk
 * @param controlAffected  control participants affected, counted the same way
 * @param controlAtRisk    control participants at risk
 */
public record OrganSystemEvents(String organSystem, int trials, int treatmentAffected, int treatmentAtRisk,
                                int controlAffected, int controlAtRisk) {
    public OrganSystemEvents {
        Objects.requireNonNull(organSystem, "organSystem");
    }
}
