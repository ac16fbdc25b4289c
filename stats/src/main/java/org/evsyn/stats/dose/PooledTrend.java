package org.evsyn.stats.dose;

import java.util.List;
import java.util.Objects;

/**
 * Study trends pooled by a multivariate common-effect model: β = (Σ Vᵢ⁻¹)⁻¹ Σ Vᵢ⁻¹ bᵢ, with the
 * heterogeneity statistic Q = Σ (bᵢ − β)ᵀ Vᵢ⁻¹ (bᵢ − β) on p (k − 1) degrees of freedom.
 *
 * @param model        the trend's shape
 * @param studies      the study trends pooled
 * @param coefficients the pooled coefficients
 * @param covariance   their covariance matrix
 * @param q            the heterogeneity statistic
 * @param qDf          its degrees of freedom
 * @param qPval        its upper-tail χ² p-value
 */
public record PooledTrend(TrendModel model, List<StudyTrend> studies, List<Double> coefficients,
                          List<List<Double>> covariance, double q, int qDf, double qPval) {

    /** Copies the lists. */
    public PooledTrend {
        Objects.requireNonNull(model, "model");
        studies = List.copyOf(studies);
        coefficients = List.copyOf(coefficients);
        covariance = covariance.stream().map(List::copyOf).toList();
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
