package org.evsyn.stats.dose;

import org.evsyn.stats.RmaFit;

import java.util.List;
import java.util.Objects;

/**
 * Linear study slopes pooled by the univariate model ({@code Meta.rma} on GENERIC effects, each slope with its
 * variance): random effects unless the options ask for FE.
 *
 * @param studies the study trends, in the given order
 * @param fit     the pooled slope per unit dose (log scale) with heterogeneity
 */
public record PooledLinearTrend(List<StudyTrend> studies, RmaFit fit) {

    /** Copies the list. */
    public PooledLinearTrend {
        studies = List.copyOf(studies);
        Objects.requireNonNull(fit, "fit");
    }
}
