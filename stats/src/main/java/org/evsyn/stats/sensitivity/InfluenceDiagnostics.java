package org.evsyn.stats.sensitivity;

import java.util.List;

/**
 * Case-deletion influence diagnostics of an inverse-variance model, one entry per study in input order.
 *
 * @param studies the per-study diagnostics
 */
public record InfluenceDiagnostics(List<StudyInfluence> studies) {

    /**
     * Validates the components.
     */
    public InfluenceDiagnostics {
        studies = List.copyOf(studies);
    }
}
