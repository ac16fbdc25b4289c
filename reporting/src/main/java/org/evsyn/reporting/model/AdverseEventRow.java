package org.evsyn.reporting.model;

/**
 * Participants with an adverse event in one organ system, summed over the studies that reported it.
 *
 * @param organSystem       system organ class (e.g. "Infections and infestations")
 * @param studies           studies reporting events of this class
 * @param treatmentAffected treatment-arm participants with at least one event
 * @param treatmentAtRisk   treatment-arm participants at risk
 * @param controlAffected   control-arm participants with at least one event
 * @param controlAtRisk     control-arm participants at risk
 */
public record AdverseEventRow(String organSystem, int studies, int treatmentAffected, int treatmentAtRisk,
                              int controlAffected, int controlAtRisk) {

    /** Requires counts with affected ≤ at risk. */
    public AdverseEventRow {
        Checks.text(organSystem, "organSystem");
        Checks.count(studies, "studies");
        Checks.count(treatmentAffected, "treatmentAffected");
        Checks.count(controlAffected, "controlAffected");
        if (treatmentAffected > treatmentAtRisk || controlAffected > controlAtRisk) {
            throw new IllegalArgumentException(organSystem + ": more participants affected than at risk");
        }
    }
}
