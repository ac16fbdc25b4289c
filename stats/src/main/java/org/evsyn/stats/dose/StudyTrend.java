package org.evsyn.stats.dose;

import java.util.List;
import java.util.Objects;

/**
 * One study's generalised least-squares trend.
 *
 * @param label        the study
 * @param model        the trend's shape
 * @param correlated   whether the Greenland–Longnecker covariance was used (false: the reported variances only)
 * @param coefficients the coefficients (slope per unit dose first)
 * @param covariance   their covariance matrix, row by row
 */
public record StudyTrend(String label, TrendModel model, boolean correlated, List<Double> coefficients,
                         List<List<Double>> covariance) {

    /** Copies the lists. */
    public StudyTrend {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        coefficients = List.copyOf(coefficients);
        covariance = covariance.stream().map(List::copyOf).toList();
    }

    /**
     * The slope, the first coefficient.
     *
     * @return β₁
     */
    public double slope() {
        return coefficients.get(0);
    }

    /**
     * Standard error of the slope.
     *
     * @return √ var(β₁)
     */
    public double slopeSe() {
        return Math.sqrt(covariance.get(0).get(0));
    }

    /**
     * Every coefficient with its confidence interval.
     *
     * @param level confidence level in percent, e.g. 95
     * @return the coefficients in order (slope per unit dose first)
     */
    public List<TrendCoefficient> intervals(double level) {
        return TrendCoefficient.of(coefficients, covariance, level);
    }
}
