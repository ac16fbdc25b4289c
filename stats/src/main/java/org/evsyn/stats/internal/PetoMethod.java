package org.evsyn.stats.internal;

import org.evsyn.stats.model.BinaryPooledFit;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;

import java.util.List;

/**
 * Peto's one-step pooled log odds ratio (metafor's {@code rma.peto}): θ = Σ(a − E)/ΣV from the raw counts, with
 * Q = Σ(a − E)²/V − (Σ(a − E))²/ΣV over the tables with V &gt; 0.
 */
public final class PetoMethod {

    private PetoMethod() {
    }

    /**
     * Pools the tables.
     *
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the reported per-study values (which fix {@code kHeterogeneity})
     * @param level      confidence level in percent
     * @return the pooled fit
     * @throws StatsException when no table has any variance (no events, or only events, anywhere)
     */
    public static BinaryPooledFit fit(List<BinaryStudy> studies, ContinuityCorrection correction, double level) {
        BinaryPooledFit fit = evaluate(studies, correction, level);
        if (!Double.isFinite(fit.estimate())) {
            throw new StatsException("one of the two outcomes never occurs in any table: Peto's method cannot be "
                    + "used");
        }
        return fit;
    }

    /**
     * As {@link #fit}, but with NaN pooled values instead of a failure when no table carries information.
     *
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the reported per-study values
     * @param level      confidence level in percent
     * @return the pooled fit, possibly with NaN pooled values
     */
    public static BinaryPooledFit evaluate(List<BinaryStudy> studies, ContinuityCorrection correction,
                                           double level) {
        return TableSums.peto(studies, correction, level).all();
    }
}
