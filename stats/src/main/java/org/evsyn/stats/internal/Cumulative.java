package org.evsyn.stats.internal;

import org.evsyn.stats.sensitivity.Refit;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cumulative meta-analysis (metafor's {@code cumul}): studies added one at a time in input order, the same model
 * fitted at every step. The first step has one study and follows the single-study convention.
 */
public final class Cumulative {

    private Cumulative() {
    }

    /**
     * Inverse-variance cumulative analysis.
     *
     * @param labels  study labels, in the order of addition
     * @param yi      effect sizes
     * @param vi      sampling variances
     * @param options the model's options
     * @return one refit per step; {@link Refit#study()} is the study added at that step
     */
    public static List<Refit> of(List<String> labels, double[] yi, double[] vi, ModelOptions options) {
        LeaveOneOut.checkShape(labels, yi, vi);
        if (yi.length == 0) {
            throw new StatsException("no studies for a cumulative analysis");
        }
        List<Refit> out = new ArrayList<>(yi.length);
        double previousTau2 = Double.NaN;
        for (int i = 1; i <= yi.length; i++) {
            ModelFit f = UnivariateModel.fit(Arrays.copyOf(yi, i), Arrays.copyOf(vi, i), options, previousTau2);
            previousTau2 = f.tau2() > 0 ? LeaveOneOut.warmStart(options, f.tau2()) : Double.NaN;
            out.add(Refits.of(labels.get(i - 1), f));
        }
        return List.copyOf(out);
    }

    /**
     * Mantel–Haenszel cumulative analysis; a step whose pooled value is undefined reports NaN for it.
     *
     * @param measure    OR, RR or RD
     * @param studies    the tables, in the order of addition
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return one refit per step
     */
    public static List<Refit> mantelHaenszel(EffectMeasure measure, List<BinaryStudy> studies,
                                             ContinuityCorrection correction, double level) {
        return steps(studies, TableSums.mantelHaenszel(measure, studies, correction, level));
    }

    /**
     * Peto cumulative analysis; a step without any informative table reports NaN pooled values.
     *
     * @param studies    the tables, in the order of addition
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return one refit per step
     */
    public static List<Refit> peto(List<BinaryStudy> studies, ContinuityCorrection correction, double level) {
        return steps(studies, TableSums.peto(studies, correction, level));
    }

    /** Each step pools a stored running total: O(1) for the estimate, O(step) for Q. */
    private static List<Refit> steps(List<BinaryStudy> studies, TableSums sums) {
        List<Refit> out = new ArrayList<>(studies.size());
        for (int i = 1; i <= studies.size(); i++) {
            out.add(Refits.of(studies.get(i - 1).label(), sums.firstTables(i)));
        }
        return List.copyOf(out);
    }
}
