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
 * @param attributes  the review's attribute columns (those of its packs and those its analyses use), in column
 *                    order; every row of a table has the same labels
 * @param followUp    length of follow-up
 */
public record StudyCharacteristics(String study, Optional<String> registryId, Optional<String> design,
                                   List<Integer> armSizes, List<Attribute> attributes, Optional<String> followUp) {

    /**
     * One attribute cell.
     *
     * @param label the column heading (the attribute's label)
     * @param value what the study reports
     */
    public record Attribute(String label, Optional<String> value) {
        public Attribute {
            Checks.text(label, "label");
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** What the report shows for a field the study did not report. */
    public static final String NOT_REPORTED = "not reported";

    /** Requires a study label; copies the arm sizes. */
    public StudyCharacteristics {
        Checks.text(study, "study");
        java.util.Objects.requireNonNull(registryId, "registryId");
        java.util.Objects.requireNonNull(design, "design");
        armSizes = List.copyOf(armSizes);
        armSizes.forEach(n -> Checks.count(n, "armSizes"));
        attributes = List.copyOf(attributes);
        java.util.Objects.requireNonNull(followUp, "followUp");
    }
}
