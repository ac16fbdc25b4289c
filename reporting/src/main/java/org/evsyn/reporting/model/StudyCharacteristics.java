package org.evsyn.reporting.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of the study characteristics table. Every optional field the source did not report is shown as
 * "not reported".
 *
 * @param study       study label as used in the figures (e.g. "Aronson 1948")
 * @param registryId  trial registration number
 * @param design      study design (e.g. "RCT, open label")
 * @param armSizes    participants randomised per arm, in arm order (treatment first)
 * @param cellType    cell type (or, outside cell therapy, the intervention type)
 * @param cellSource  autologous or allogeneic (or the intervention's source)
 * @param route       route of administration
 * @param dosePerKg   dose per kg body weight, with its unit (e.g. "2 x 10^6 cells/kg")
 * @param timing      time from onset to treatment
 * @param followUp    length of follow-up
 */
public record StudyCharacteristics(String study, Optional<String> registryId, Optional<String> design,
                                   List<Integer> armSizes, Optional<String> cellType, Optional<String> cellSource,
                                   Optional<String> route, Optional<String> dosePerKg, Optional<String> timing,
                                   Optional<String> followUp) {

    /** What the report shows for a field the study did not report. */
    public static final String NOT_REPORTED = "not reported";

    /** Requires a study label; copies the arm sizes. */
    public StudyCharacteristics {
        Checks.text(study, "study");
        java.util.Objects.requireNonNull(registryId, "registryId");
        java.util.Objects.requireNonNull(design, "design");
        armSizes = List.copyOf(armSizes);
        armSizes.forEach(n -> Checks.count(n, "armSizes"));
        java.util.Objects.requireNonNull(cellType, "cellType");
        java.util.Objects.requireNonNull(cellSource, "cellSource");
        java.util.Objects.requireNonNull(route, "route");
        java.util.Objects.requireNonNull(dosePerKg, "dosePerKg");
        java.util.Objects.requireNonNull(timing, "timing");
        java.util.Objects.requireNonNull(followUp, "followUp");
    }
}
