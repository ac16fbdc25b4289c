package org.evsyn.stats.internal;

import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.model.ChiSquareTest;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.List;
import java.util.Optional;

/**
 * Mantel–Haenszel pooling of 2×2 tables (metafor's {@code rma.mh}): odds ratio with the Robins–Breslow–Greenland
 * variance, risk ratio with the Greenland–Robins variance, risk difference with the Greenland–Robins/Sato variance.
 * The pooled estimate always uses the raw counts; the continuity correction only affects the per-study values
 * behind Q, I² and H².
 */
public final class MantelHaenszel {

    private MantelHaenszel() {
    }

    /**
     * Pools the tables.
     *
     * @param measure    OR, RR or RD
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return the pooled fit
     * @throws StatsException when the pooled estimate is undefined (e.g. for the OR, one arm has no events in any
     *                        table)
     */
    public static BinaryPooledFit fit(EffectMeasure measure, List<BinaryStudy> studies,
                                      ContinuityCorrection correction, double level) {
        BinaryPooledFit fit = evaluate(measure, studies, correction, level);
        if (!Double.isFinite(fit.estimate()) || !Double.isFinite(fit.se())) {
            throw new StatsException(undefinedReason(measure));
        }
        return fit;
    }

    /**
     * As {@link #fit}, but returns NaN estimate, se, CI, statistic and p-value where the pooled value is undefined
     * instead of failing, so that one undefined subset does not lose the others (the cumulative and leave-one-out
     * analyses pool their subsets through {@link TableSums}, which behaves the same way).
     *
     * @param measure    OR, RR or RD
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return the pooled fit, possibly with NaN pooled values
     */
    public static BinaryPooledFit evaluate(EffectMeasure measure, List<BinaryStudy> studies,
                                           ContinuityCorrection correction, double level) {
        BinaryPooledFit fit = TableSums.mantelHaenszel(measure, studies, correction, level).all();
        if (measure != EffectMeasure.OR) {
            return fit;
        }
        Optional<ChiSquareTest> tarone = Double.isFinite(fit.estimate())
                ? tarone(studies, Math.exp(fit.estimate())) : Optional.empty();
        return new BinaryPooledFit(fit.measure(), fit.k(), fit.estimate(), fit.se(), fit.ciLower(), fit.ciUpper(),
                fit.stat(), fit.pval(), fit.q(), fit.qDf(), fit.qPval(), fit.i2(), fit.h2(), fit.kHeterogeneity(),
                Optional.of(cochranMantelHaenszel(studies)), tarone, fit.level());
    }

    /** CMH statistic (|Σa − ΣE(a)| − 0.5)² / ΣVar(a) on χ²(1). */
    private static ChiSquareTest cochranMantelHaenszel(List<BinaryStudy> studies) {
        double sa = 0, se = 0, sv = 0;
        for (BinaryStudy s : studies) {
            double a = s.treatEvents(), c = s.ctrlEvents();
            double n1 = s.treatN(), n2 = s.ctrlN(), n = s.total();
            double m1 = a + c, m2 = n - m1;
            sa += a;
            se += n1 * m1 / n;
            if (n > 1) {
                sv += n1 * n2 * m1 * m2 / (n * n * (n - 1));
            }
        }
        double dev = Math.max(0, Math.abs(sa - se) - 0.5);
        double stat = sv > 0 ? dev * dev / sv : Double.NaN;
        return ChiSquareTest.of(stat, 1);
    }

    /**
     * Tarone's corrected Breslow–Day test: for each informative table the count ã that has the pooled odds ratio
     * given the margins; statistic Σ(a − ã)²/Var(ã) − (Σa − Σã)²/ΣVar(ã) on (tables − 1) df.
     */
    private static Optional<ChiSquareTest> tarone(List<BinaryStudy> studies, double or) {
        double sDev2 = 0, sDev = 0, sVar = 0;
        int used = 0;
        for (BinaryStudy s : studies) {
            double a = s.treatEvents(), c = s.ctrlEvents();
            double n1 = s.treatN(), n2 = s.ctrlN();
            double m1 = a + c;
            if (m1 <= 0 || m1 >= n1 + n2) {
                continue; // no events or only events: the table carries no information on the odds ratio
            }
            double lo = Math.max(0, m1 - n2), hi = Math.min(n1, m1);
            double fitted = fittedCount(or, n1, n2, m1, lo, hi);
            double var = 1 / (1 / fitted + 1 / (n1 - fitted) + 1 / (m1 - fitted) + 1 / (n2 - m1 + fitted));
            if (!(var > 0) || !Double.isFinite(var)) {
                continue;
            }
            double dev = a - fitted;
            sDev2 += dev * dev / var;
            sDev += dev;
            sVar += var;
            used++;
        }
        if (used < 2) {
            return Optional.empty();
        }
        double stat = sDev2 - sDev * sDev / sVar;
        return Optional.of(ChiSquareTest.of(stat, used - 1));
    }

    /** Root in [lo, hi] of x(n2 − m1 + x) = OR·(n1 − x)(m1 − x). */
    private static double fittedCount(double or, double n1, double n2, double m1, double lo, double hi) {
        double qa = or - 1;
        double qb = -(or * (n1 + m1) + n2 - m1);
        double qc = or * n1 * m1;
        if (Math.abs(qa) < 1e-12) {
            return -qc / qb;
        }
        double disc = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
        // Numerically stable pair of roots.
        double t = -0.5 * (qb + Math.copySign(disc, qb));
        double r1 = t / qa;
        double r2 = qc / t;
        double eps = 1e-9 * Math.max(1, hi);
        return (r1 >= lo - eps && r1 <= hi + eps) ? r1 : r2;
    }

    static String undefinedReason(EffectMeasure measure) {
        return switch (measure) {
            case OR -> "the Mantel-Haenszel odds ratio is not defined: one arm has no events (or no non-events) in "
                    + "any study";
            case RR -> "the Mantel-Haenszel risk ratio is not defined: one arm has no events in any study";
            default -> "the Mantel-Haenszel risk difference is not defined for these tables";
        };
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage strictly between 0 and 100, got " + level);
        }
    }
}
