package org.evsyn.stats.bias;

import org.evsyn.stats.ModelFit;

import java.util.List;
import java.util.Objects;

/**
 * Result of Duval and Tweedie's trim and fill.
 *
 * @param k0         estimated number of missing studies
 * @param side       side on which studies are missing
 * @param estimator  the estimator of k0 ("L0")
 * @param iterations trimming iterations until k0 stopped changing
 * @param filled     the imputed studies (k0 of them)
 * @param model      the model refitted to observed and filled studies (the original model when k0 = 0)
 * @param funnel     funnel plot of observed and filled studies around the refitted estimate
 */
public record TrimFillResult(int k0, MissingSide side, String estimator, int iterations, List<FilledStudy> filled,
                             ModelFit model, FunnelPlot funnel) {

    /**
     * Copies the list of filled studies.
     *
     * @param k0 see the record description
     * @param side see the record description
     * @param estimator see the record description
     * @param iterations see the record description
     * @param filled see the record description
     * @param model see the record description
     * @param funnel see the record description
     */
    public TrimFillResult {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(funnel, "funnel");
        filled = List.copyOf(filled);
    }

    /** @return the imputed effect sizes, in fill order */
    public double[] filledYi() {
        return filled.stream().mapToDouble(FilledStudy::yi).toArray();
    }

    /** @return the imputed variances, in fill order */
    public double[] filledVi() {
        return filled.stream().mapToDouble(FilledStudy::vi).toArray();
    }
}
