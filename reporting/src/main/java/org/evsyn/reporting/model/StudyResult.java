package org.evsyn.reporting.model;

import java.util.Optional;

/**
 * One study's row in an analysis: its effect on the analysis scale (log scale for ratio measures), the
 * confidence interval and the weight the pooled model gave it.
 *
 * @param study         study label
 * @param treatment     treatment-arm summary, when arm data exist
 * @param control       control-arm summary, when arm data exist
 * @param yi            effect size (treatment versus control)
 * @param vi            its sampling variance
 * @param ciLower       lower confidence bound of yi
 * @param ciUpper       upper confidence bound of yi
 * @param weightPercent the study's weight in the pooled model, in percent
 * @param experimentalTreatment what the experimental arm received (e.g. {@code BM-MSC}), when recorded
 * @param controlTreatment      what the control arm received (e.g. {@code placebo}), when recorded
 * @param conversions   how the arms' numbers were derived from what the source printed (empty when as printed)
 * @param notes         the reviewer's and the engine's notes on the row's numbers (e.g. "AMBIGUOUS ...")
 */
public record StudyResult(String study, Optional<ArmSummary> treatment, Optional<ArmSummary> control, double yi,
                          double vi, double ciLower, double ciUpper, double weightPercent,
                          Optional<String> experimentalTreatment, Optional<String> controlTreatment,
                          java.util.List<Conversion> conversions, java.util.List<String> notes) {

    /** A row whose numbers are as printed and carry no notes. */
    public StudyResult(String study, Optional<ArmSummary> treatment, Optional<ArmSummary> control, double yi,
                       double vi, double ciLower, double ciUpper, double weightPercent,
                       Optional<String> experimentalTreatment, Optional<String> controlTreatment) {
        this(study, treatment, control, yi, vi, ciLower, ciUpper, weightPercent, experimentalTreatment,
                controlTreatment, java.util.List.of(), java.util.List.of());
    }

    /** A row whose arms' treatments are not recorded. */
    public StudyResult(String study, Optional<ArmSummary> treatment, Optional<ArmSummary> control, double yi,
                       double vi, double ciLower, double ciUpper, double weightPercent) {
        this(study, treatment, control, yi, vi, ciLower, ciUpper, weightPercent, Optional.empty(), Optional.empty());
    }

    /** Requires a label, finite numbers, ciLower ≤ yi ≤ ciUpper and a weight in [0, 100]. */
    public StudyResult {
        Checks.text(study, "study");
        java.util.Objects.requireNonNull(treatment, "treatment");
        java.util.Objects.requireNonNull(control, "control");
        Checks.finite(yi, "yi");
        Checks.finite(vi, "vi");
        Checks.finite(ciLower, "ciLower");
        Checks.finite(ciUpper, "ciUpper");
        if (!(ciLower <= yi && yi <= ciUpper)) {
            throw new IllegalArgumentException(study + ": confidence interval [" + ciLower + ", " + ciUpper
                    + "] does not contain yi " + yi);
        }
        if (!(weightPercent >= 0 && weightPercent <= 100)) {
            throw new IllegalArgumentException(study + ": weight must be a percentage, got " + weightPercent);
        }
        java.util.Objects.requireNonNull(experimentalTreatment, "experimentalTreatment");
        java.util.Objects.requireNonNull(controlTreatment, "controlTreatment");
        conversions = java.util.List.copyOf(conversions);
        notes = java.util.List.copyOf(notes);
    }

    /** True when both arms' summaries are present. */
    public boolean hasArmData() {
        return treatment.isPresent() && control.isPresent();
    }
}
