package org.evsyn.stats.internal;

import org.evsyn.stats.StatsException;

import java.util.HashMap;
import java.util.Map;

/**
 * Kendall's rank correlation τ_b with its two-sided test: exact null distribution when neither variable has ties,
 * otherwise the normal approximation with the tie-corrected variance of the score S (Kendall 1970), without
 * continuity correction.
 */
final class KendallCorrelation {

    /** Largest n for which the exact distribution is evaluated; beyond it the normal approximation is accurate. */
    static final int EXACT_LIMIT = 1000;

    private KendallCorrelation() {
    }

    /** τ_b and its p-value. */
    record Result(double tau, double pval, boolean exact) {
    }

    /**
     * τ_b of two equally long samples and its two-sided p-value.
     *
     * @throws StatsException when either sample does not vary
     */
    static Result test(double[] x, double[] y) {
        int n = x.length;
        long score = score(x, y);
        TieSums tx = TieSums.of(x);
        TieSums ty = TieSums.of(y);
        double n0 = n * (n - 1.0) / 2;
        double denominator = Math.sqrt((n0 - tx.pairs) * (n0 - ty.pairs));
        if (!(denominator > 0)) {
            throw new StatsException("Kendall's tau is undefined: one of the variables does not vary");
        }
        double tau = score / denominator;
        boolean ties = tx.pairs > 0 || ty.pairs > 0;
        if (!ties && n <= EXACT_LIMIT) {
            long concordant = ((long) n * (n - 1) / 2 + score) / 2;
            return new Result(tau, KendallExactDistribution.twoSided(concordant, n), true);
        }
        double var = (n * (n - 1.0) * (2 * n + 5) - tx.v5 - ty.v5) / 18
                + tx.v1 * ty.v1 / (2 * n * (n - 1.0))
                + tx.v2 * ty.v2 / (9 * n * (n - 1.0) * (n - 2));
        double z = score / Math.sqrt(var);
        return new Result(tau, ReferenceDistributions.normalTwoSided(z), false);
    }

    /**
     * Kendall's score S = (concordant − discordant pairs) by Knight's O(n log n) algorithm: sort by (x, y), then
     * count the inversions of y by merge sort; S = n₀ − n_x − n_y + n_xy − 2·inversions, with n_x, n_y the pairs
     * tied in x, in y, and n_xy the pairs tied in both.
     */
    static long score(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(norm(x[a]), norm(x[b]));
            return c != 0 ? c : Double.compare(norm(y[a]), norm(y[b]));
        });
        double[] ys = new double[n];
        long tiedX = 0;
        long tiedXY = 0;
        long runX = 1;
        long runXY = 1;
        for (int i = 0; i < n; i++) {
            ys[i] = norm(y[order[i]]);
            if (i > 0) {
                boolean sameX = norm(x[order[i]]) == norm(x[order[i - 1]]);
                boolean sameY = ys[i] == ys[i - 1];
                runX = sameX ? runX + 1 : 1;
                runXY = sameX && sameY ? runXY + 1 : 1;
                tiedX += runX - 1;
                tiedXY += runXY - 1;
            }
        }
        long inversions = countInversions(ys, new double[n], 0, n);
        // ys is now sorted: count pairs tied in y.
        long tiedY = 0;
        long runY = 1;
        for (int i = 1; i < n; i++) {
            runY = ys[i] == ys[i - 1] ? runY + 1 : 1;
            tiedY += runY - 1;
        }
        long pairs = (long) n * (n - 1) / 2;
        return pairs - tiedX - tiedY + tiedXY - 2 * inversions;
    }

    /** Sorts a[from, to) ascending and returns the number of strict inversions (i &lt; j, a[i] &gt; a[j]). */
    private static long countInversions(double[] a, double[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = countInversions(a, buffer, from, mid) + countInversions(a, buffer, mid, to);
        int i = from;
        int j = mid;
        int o = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                count += mid - i;
                buffer[o++] = a[j++];
            } else {
                buffer[o++] = a[i++];
            }
        }
        while (i < mid) {
            buffer[o++] = a[i++];
        }
        while (j < to) {
            buffer[o++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
        return count;
    }

    /** −0 and 0 are the same value for ranking. */
    private static double norm(double v) {
        return v == 0 ? 0.0 : v;
    }

    /** Sums over tie groups of size t: Σ t(t−1)/2, Σ t(t−1)(2t+5), Σ t(t−1), Σ t(t−1)(t−2). */
    private record TieSums(double pairs, double v5, double v1, double v2) {
        static TieSums of(double[] values) {
            Map<Double, Integer> counts = new HashMap<>();
            for (double v : values) {
                counts.merge(v == 0 ? 0.0 : v, 1, Integer::sum); // −0 and 0 are one value
            }
            double pairs = 0;
            double v5 = 0;
            double v1 = 0;
            double v2 = 0;
            for (int t : counts.values()) {
                double tt = t;
                pairs += tt * (tt - 1) / 2;
                v5 += tt * (tt - 1) * (2 * tt + 5);
                v1 += tt * (tt - 1);
                v2 += tt * (tt - 1) * (tt - 2);
            }
            return new TieSums(pairs, v5, v1, v2);
        }
    }
}
