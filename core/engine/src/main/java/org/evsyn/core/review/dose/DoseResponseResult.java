package org.evsyn.core.review.dose;

import org.evsyn.core.review.plan.DoseResponsePlan;
import org.evsyn.stats.dose.DoseRegressionResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared dose-response analysis, as computed.
 *
 * @param plan         the declaration
 * @param outcomeLabel the outcome as reports name it
 * @param doseLabel    the dose attribute with its unit, e.g. "Dose (cells/kg)"
 * @param ratio        whether effects are log ratios (shown exponentiated)
 * @param measure      the outcome's measure, e.g. RR
 * @param points       the studies with an effect and a dose
 * @param withoutDose  labels of the studies with an effect but no dose
 * @param regression   the models fitted and not fitted; empty when none could be tried
 * @param statements   what the data allow and do not, in words
 */
public record DoseResponseResult(DoseResponsePlan plan, String outcomeLabel, String doseLabel, boolean ratio,
                                 String measure, List<DosePoint> points, List<String> withoutDose,
                                 Optional<DoseRegressionResult> regression, List<String> statements) {

    /** Copies the lists. */
    public DoseResponseResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(outcomeLabel, "outcomeLabel");
        Objects.requireNonNull(doseLabel, "doseLabel");
        Objects.requireNonNull(measure, "measure");
        points = List.copyOf(points);
        withoutDose = List.copyOf(withoutDose);
        Objects.requireNonNull(regression, "regression");
        statements = List.copyOf(statements);
    }
}
