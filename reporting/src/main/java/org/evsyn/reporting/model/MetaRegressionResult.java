package org.evsyn.reporting.model;

import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.List;
import java.util.Objects;

/**
 * A planned meta-regression of one outcome on one moderator, as the analysis fitted it.
 *
 * @param moderator the moderator as reports name it: the attribute's label with its unit (e.g. "Dose per kg (cells/kg)")
 * @param column    the design column of the moderator (the plan's key, e.g. {@code dose_cells_per_kg})
 * @param points    the studies the fit used: label, moderator value, yi, vi (analysis scale), in fit order
 * @param fit       the fitted model from stats
 */
public record MetaRegressionResult(String moderator, String column, List<RegressionPoint> points,
                                   MetaRegressionFit fit) {

    /** Requires names and the fit; copies the points. */
    public MetaRegressionResult {
        Checks.text(moderator, "moderator");
        Checks.text(column, "column");
        points = List.copyOf(points);
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * One study of a meta-regression.
     *
     * @param study label
     * @param x     moderator value
     * @param yi    effect size, analysis scale
     * @param vi    sampling variance
     */
    public record RegressionPoint(String study, double x, double yi, double vi) {
        /** Requires a label. */
        public RegressionPoint {
            Objects.requireNonNull(study, "study");
        }
    }
}
