package org.evsyn.stats.internal;

import org.evsyn.stats.model.BinaryPooledFit;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-table contributions to the Mantel–Haenszel or Peto sums, with running totals from both ends. Any prefix of
 * the tables (cumulative analysis) or the tables without one study (leave-one-out) is then pooled from two stored
 * totals, without re-reading the tables and without subtracting (which would lose precision when one table
 * dominates). Heterogeneity uses the per-study effect sizes, computed once.
 */
final class TableSums {

    private final EffectMeasure measure;
    private final double level;
    private final double[] yi;
    private final double[] wi;
    /** prefix[n] = sums over tables 0 … n−1; suffix[n] = sums over tables n … k−1. */
    private final double[][] prefix;
    private final double[][] suffix;

    private TableSums(EffectMeasure measure, List<BinaryStudy> studies, ContinuityCorrection correction,
                      double level) {
        Objects.requireNonNull(correction, "correction");
        if (studies.isEmpty()) {
            throw new StatsException("no studies to pool");
        }
        MantelHaenszel.checkLevel(level);
        this.measure = measure;
        this.level = level;
        EffectSizes es = EffectSizeCalculator.binary(measure, studies, correction);
        this.yi = es.yi();
        double[] vi = es.vi();
        this.wi = new double[vi.length];
        for (int i = 0; i < vi.length; i++) {
            wi[i] = 1 / vi[i]; // NaN stays NaN for excluded studies
        }
        int k = studies.size();
        int width = width(measure);
        double[][] parts = new double[k][];
        for (int i = 0; i < k; i++) {
            parts[i] = contributions(measure, studies.get(i));
        }
        prefix = new double[k + 1][width];
        suffix = new double[k + 1][width];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < width; c++) {
                prefix[i + 1][c] = prefix[i][c] + parts[i][c];
            }
        }
        for (int i = k - 1; i >= 0; i--) {
            for (int c = 0; c < width; c++) {
                suffix[i][c] = suffix[i + 1][c] + parts[i][c];
            }
        }
    }

    /**
     * Sums for Mantel–Haenszel pooling.
     *
     * @param measure    OR, RR or RD
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the per-study heterogeneity values
     * @param level      confidence level in percent
     * @return the sums
     */
    public static TableSums mantelHaenszel(EffectMeasure measure, List<BinaryStudy> studies,
                                           ContinuityCorrection correction, double level) {
        Objects.requireNonNull(measure, "measure");
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("Mantel-Haenszel pooling is defined for OR, RR and RD, not " + measure);
        }
        return new TableSums(measure, studies, correction, level);
    }

    /**
     * Sums for Peto pooling.
     *
     * @param studies    the tables (at least one)
     * @param correction continuity correction for the per-study values (which fix {@code kHeterogeneity})
     * @param level      confidence level in percent
     * @return the sums
     */
    public static TableSums peto(List<BinaryStudy> studies, ContinuityCorrection correction, double level) {
        return new TableSums(EffectMeasure.PETO, studies, correction, level);
    }

    /** Number of tables. */
    public int size() {
        return yi.length;
    }

    /**
     * Pools all tables (no CMH or Tarone test; see {@link MantelHaenszel#evaluate}).
     *
     * @return the fit, NaN pooled values where undefined
     */
    public BinaryPooledFit all() {
        return firstTables(size());
    }

    /**
     * Pools tables 0 … n−1.
     *
     * @param n number of leading tables (1 ≤ n ≤ size)
     * @return the fit, NaN pooled values where undefined
     */
    public BinaryPooledFit firstTables(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("n must lie in [1, " + size() + "], got " + n);
        }
        return pool(prefix[n], n, 0, n, -1);
    }

    /**
     * Pools every table but one.
     *
     * @param omitted position of the omitted table
     * @return the fit, NaN pooled values where undefined
     */
    public BinaryPooledFit withoutTable(int omitted) {
        if (omitted < 0 || omitted >= size() || size() < 2) {
            throw new IllegalArgumentException("cannot omit table " + omitted + " of " + size());
        }
        double[] sums = new double[prefix[0].length];
        for (int c = 0; c < sums.length; c++) {
            sums[c] = prefix[omitted][c] + suffix[omitted + 1][c];
        }
        return pool(sums, size() - 1, 0, size(), omitted);
    }

    /** Pools from totals; heterogeneity over studies from..to−1 except {@code skip}. */
    private BinaryPooledFit pool(double[] s, int k, int from, int to, int skip) {
        double theta;
        double variance;
        switch (measure) {
            case OR -> {
                theta = Math.log(s[0] / s[1]);
                variance = s[2] / (2 * s[0] * s[0]) + s[3] / (2 * s[0] * s[1]) + s[4] / (2 * s[1] * s[1]);
            }
            case RR -> {
                theta = Math.log(s[0] / s[1]);
                variance = s[2] / (s[0] * s[1]);
            }
            case RD -> {
                theta = s[1] / s[0];
                variance = (theta * s[2] + s[3]) / (s[0] * s[0]);
            }
            default -> {
                theta = s[1] > 0 ? s[0] / s[1] : Double.NaN;
                variance = s[1] > 0 ? 1 / s[1] : Double.NaN;
            }
        }
        // A finite estimate with variance exactly 0 (no event in any table for the RD; every participant with the
        // event for the RR) is kept with se 0 and no test statistic, as metafor's rma.mh reports it.
        boolean exact = measure != EffectMeasure.PETO && Double.isFinite(theta) && variance == 0;
        if (!exact && (!Double.isFinite(theta) || !(variance > 0) || !Double.isFinite(variance))) {
            theta = Double.NaN;
            variance = Double.NaN;
        }
        int kHet = 0;
        for (int i = from; i < to; i++) {
            if (i != skip && !Double.isNaN(yi[i])) {
                kHet++;
            }
        }
        Heterogeneity h;
        if (measure == EffectMeasure.PETO) {
            // Peto's Q from the one-step sums: Σ(a − E)²/V − (Σ(a − E))²/ΣV. With at most one informative table
            // (V > 0) there is no heterogeneity to measure: Q = 0, I² = 0, H² = 1 on kHet − 1 df, as rma.peto.
            double q = s[1] > 0 ? s[2] - s[0] * s[0] / s[1] : 0;
            int df = Math.max(0, kHet - 1);
            h = s[3] <= 1 ? new Heterogeneity(0, df, 1, 0, 1) : Heterogeneity.fromQ(Math.max(0, q), df);
        } else {
            double q = 0;
            for (int i = from; i < to; i++) {
                if (i != skip && !Double.isNaN(yi[i])) {
                    double r = yi[i] - theta;
                    q += r * r * wi[i];
                }
            }
            h = Heterogeneity.fromQ(kHet <= 1 ? 0 : q, Math.max(0, kHet - 1));
        }
        double crit = Distributions.normalQuantile(1 - (1 - level / 100.0) / 2);
        double se = Math.sqrt(variance);
        double z = se > 0 ? theta / se : Double.NaN;
        return new BinaryPooledFit(measure, k, theta, se, theta - crit * se, theta + crit * se, z,
                Distributions.normalTwoSidedP(z), h.q(), h.df(), h.pval(), h.i2(), h.h2(), kHet, Optional.empty(),
                Optional.empty(), level);
    }

    private static int width(EffectMeasure measure) {
        return switch (measure) {
            case OR -> 5;
            case RR -> 3;
            case RD -> 4;
            default -> 4;
        };
    }

    /** One table's terms of the pooled sums, from the raw (uncorrected) counts. */
    private static double[] contributions(EffectMeasure measure, BinaryStudy t) {
        double a = t.treatEvents();
        double c = t.ctrlEvents();
        double n1 = t.treatN();
        double n2 = t.ctrlN();
        double b = n1 - a;
        double d = n2 - c;
        double n = n1 + n2;
        return switch (measure) {
            case OR -> {
                // Robins–Breslow–Greenland: R = ad/N, S = bc/N, P = (a+d)/N, Q = (b+c)/N.
                double r = a * d / n, s = b * c / n, p = (a + d) / n, q = (b + c) / n;
                yield new double[]{r, s, p * r, p * s + q * r, q * s};
            }
            case RR -> new double[]{a * n2 / n, c * n1 / n, (n1 * n2 * (a + c) - a * c * n) / (n * n)};
            case RD -> new double[]{n1 * n2 / n, (a * n2 - c * n1) / n,
                    (n1 * n1 * c - n2 * n2 * a + n1 * n2 * (n2 - n1) / 2) / (n * n),
                    (a * (n2 - c) + c * (n1 - a)) / (2 * n)};
            default -> {
                double m1 = a + c;
                double v = n > 1 ? m1 * (n - m1) * n1 * n2 / (n * n * (n - 1)) : 0;
                if (!(v > 0)) {
                    yield new double[]{0, 0, 0, 0};
                }
                double diff = a - m1 * n1 / n;
                yield new double[]{diff, v, diff * diff / v, 1}; // the last term counts informative tables
            }
        };
    }
}
