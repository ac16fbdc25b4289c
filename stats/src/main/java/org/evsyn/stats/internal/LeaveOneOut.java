package org.evsyn.stats.internal;

import org.evsyn.stats.sensitivity.Refit;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-out analysis (metafor's {@code leave1out}): the same model refitted once without each study, in input
 * order. Refits of root-search τ² estimators (PM, EB) start from the full model's τ².
 */
public final class LeaveOneOut {

    private LeaveOneOut() {
    }

    /**
     * Inverse-variance leave-one-out.
     *
     * @param labels  study labels
     * @param yi      effect sizes (all finite)
     * @param vi      sampling variances
     * @param options the model's options
     * @return one refit per study, in input order
     * @throws StatsException for fewer than 2 studies, or when a refit fails
     */
    public static List<Refit> of(List<String> labels, double[] yi, double[] vi, ModelOptions options) {
        int k = yi.length;
        checkShape(labels, yi, vi);
        if (k < 2) {
            throw new StatsException("leave-one-out needs at least 2 studies (k = " + k + ")");
        }
        double tau2Start = warmStart(options, UnivariateModel.fit(yi, vi, options).tau2());
        // Buffer holding every study but i; moving from i to i + 1 only changes position i.
        double[] y = new double[k - 1];
        double[] v = new double[k - 1];
        System.arraycopy(yi, 1, y, 0, k - 1);
        System.arraycopy(vi, 1, v, 0, k - 1);
        List<Refit> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                y[i - 1] = yi[i - 1];
                v[i - 1] = vi[i - 1];
            }
            ModelFit f = UnivariateModel.fit(y, v, options, tau2Start);
            out.add(Refits.of(labels.get(i), f));
        }
        return List.copyOf(out);
    }

    /**
     * Mantel–Haenszel leave-one-out; a refit whose pooled value is undefined reports NaN for it.
     *
     * @param measure    OR, RR or RD
     * @param studies    all tables, in input order (at least 2)
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return one refit per table
     */
    public static List<Refit> mantelHaenszel(EffectMeasure measure, List<BinaryStudy> studies,
                                             ContinuityCorrection correction, double level) {
        requireTwo(studies);
        return omitEach(studies, TableSums.mantelHaenszel(measure, studies, correction, level));
    }

    /**
     * Peto leave-one-out; a refit without any informative table reports NaN pooled values.
     *
     * @param studies    all tables, in input order (at least 2)
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return one refit per table
     */
    public static List<Refit> peto(List<BinaryStudy> studies, ContinuityCorrection correction, double level) {
        requireTwo(studies);
        return omitEach(studies, TableSums.peto(studies, correction, level));
    }

    /** Each refit pools two stored running totals: O(1) for the estimate, O(k) for Q. */
    private static List<Refit> omitEach(List<BinaryStudy> studies, TableSums sums) {
        List<Refit> out = new ArrayList<>(studies.size());
        for (int i = 0; i < studies.size(); i++) {
            out.add(Refits.of(studies.get(i).label(), sums.withoutTable(i)));
        }
        return List.copyOf(out);
    }

    private static void requireTwo(List<BinaryStudy> studies) {
        if (studies.size() < 2) {
            throw new StatsException("leave-one-out needs at least 2 studies (k = " + studies.size() + ")");
        }
    }

    /**
     * Start for refits of nearly the same data. Root searches (PM, EB) converge to the same root from any start,
     * so the full model's τ² saves iterations. Fisher scoring (REML, ML) keeps its own start: its stopping point
     * near the boundary depends on the path, and the reference values follow that path.
     */
    static double warmStart(ModelOptions options, double fullTau2) {
        return switch (options.method()) {
            case PM, EB -> fullTau2;
            default -> Double.NaN;
        };
    }

    static void checkShape(List<String> labels, double[] yi, double[] vi) {
        if (labels.size() != yi.length || vi.length != yi.length) {
            throw new IllegalArgumentException("labels, yi and vi must have the same length");
        }
    }
}
