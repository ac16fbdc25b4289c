package org.evsyn.stats.dose;

import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;
import java.util.Objects;

/**
 * One dose meta-regression.
 *
 * @param scale the dose's scale
 * @param fit   the meta-regression (coefficients, QM, QE, τ², R²)
 * @param knots the spline's knots (empty for the other scales)
 * @param curve the fitted effect with its confidence band from the lowest to the highest dose
 */
public record DoseModelFit(DoseScale scale, MetaRegressionFit fit, List<Double> knots, List<DoseCurvePoint> curve) {

    /** Copies the lists. */
    public DoseModelFit {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(fit, "fit");
        knots = List.copyOf(knots);
        curve = List.copyOf(curve);
    }
}
