package org.evsyn.core.review.plan;

import org.evsyn.stats.dose.DoseScale;

import java.util.List;
import java.util.Objects;

/**
 * A declared dose-response meta-regression ({@code dose_response} in review.json).
 *
 * @param outcome          the outcome's name (an outcome of the plan)
 * @param dose             the numeric attribute holding each study's dose, e.g. {@code dose_cells_per_kg}
 * @param models           the models, in report order
 * @param splineMinStudies fewest studies with a dose for the restricted cubic spline
 * @param referenceLines   doses to mark on the plot, with labels
 */
public record DoseResponsePlan(String outcome, String dose, List<DoseScale> models, int splineMinStudies,
                               List<ReferenceLine> referenceLines) {

    /** Default fewest studies for the spline: one per coefficient and two to spare. */
    public static final int SPLINE_MIN_STUDIES = 5;

    /** Copies the lists. */
    public DoseResponsePlan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(dose, "dose");
        models = List.copyOf(models);
        referenceLines = List.copyOf(referenceLines);
    }
}
