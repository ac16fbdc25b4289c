package org.evsyn.reporting.model;

import org.evsyn.stats.dose.DoseCurvePoint;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;
import java.util.Objects;

/**
 * A dose-response meta-regression section: the studies against their dose, each model fitted with its curve, the
 * declared reference lines and what the data do not allow.
 *
 * @param id             file-safe id (names the figure)
 * @param outcome        the outcome's label
 * @param measure        the measure (ratio measures are drawn on a log axis)
 * @param doseLabel      the dose with its unit, e.g. "Dose per kg (cells/kg)"
 * @param points         the studies with a dose
 * @param models         the models fitted, in plan order
 * @param referenceLines the declared doses to mark
 * @param statements     what the data allow and what not
 */
public record DoseResponseReport(String id, String outcome, ReportMeasure measure, String doseLabel,
                                 List<Point> points, List<Model> models, List<Reference> referenceLines,
                                 List<String> statements) {

    /** Copies the lists. */
    public DoseResponseReport {
        Checks.text(id, "id");
        Checks.text(outcome, "outcome");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(doseLabel, "doseLabel");
        points = List.copyOf(points);
        models = List.copyOf(models);
        referenceLines = List.copyOf(referenceLines);
        statements = List.copyOf(statements);
    }

    /**
     * A study.
     *
     * @param study its label
     * @param dose  its dose
     * @param yi    its effect (log scale for ratios)
     * @param vi    its sampling variance
     */
    public record Point(String study, double dose, double yi, double vi) {
    }

    /**
     * A fitted model.
     *
     * @param label e.g. "linear", "restricted cubic spline (3 knots)"
     * @param fit   the meta-regression
     * @param knots the spline's knots (empty otherwise)
     * @param curve the fitted effect and its confidence band from the lowest to the highest dose
     */
    public record Model(String label, MetaRegressionFit fit, List<Double> knots, List<DoseCurvePoint> curve) {

        /** Copies the lists. */
        public Model {
            knots = List.copyOf(knots);
            curve = List.copyOf(curve);
        }
    }

    /**
     * A reference line.
     *
     * @param dose  where
     * @param label what it means
     */
    public record Reference(double dose, String label) {
    }
}
