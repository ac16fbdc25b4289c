package org.evsyn.stats.internal;

/**
 * Exact null distribution of Kendall's statistic T (number of concordant pairs) for n observations without ties:
 * T has the distribution of the number of inversions of a random permutation. Probabilities follow from the
 * recursion P_m(q) = (1/m) Σ_{j=0}^{min(q, m−1)} P_{m−1}(q − j), evaluated with running sums and only up to the
 * quantile needed, so the cost is O(n·q) time and O(q) memory.
 */
final class KendallExactDistribution {

    private KendallExactDistribution() {
    }

    /**
     * P(T ≤ q) for n observations.
     *
     * @param q number of concordant pairs
     * @param n number of observations (≥ 1)
     * @return the lower-tail probability
     */
    static double cdf(long q, int n) {
        long pairs = (long) n * (n - 1) / 2;
        if (q < 0) {
            return 0;
        }
        if (q >= pairs) {
            return 1;
        }
        int top = (int) q;
        double[] prob = new double[top + 1];
        prob[0] = 1; // one observation: no pairs
        double[] next = new double[top + 1];
        for (int m = 2; m <= n; m++) {
            // next[s] = (1/m) · (prob[s] + prob[s−1] + ... + prob[s−m+1])
            double window = 0;
            for (int s = 0; s <= top; s++) {
                window += prob[s];
                if (s - m >= 0) {
                    window -= prob[s - m];
                }
                next[s] = window / m;
            }
            double[] t = prob;
            prob = next;
            next = t;
        }
        double sum = 0;
        for (double x : prob) {
            sum += x;
        }
        return Math.min(1, sum);
    }

    /**
     * Two-sided exact p-value, as R's {@code cor.test(method = "kendall", exact = TRUE)}: twice the smaller tail,
     * capped at 1.
     *
     * @param concordant number of concordant pairs
     * @param n          number of observations
     * @return the p-value
     */
    static double twoSided(long concordant, int n) {
        long pairs = (long) n * (n - 1) / 2;
        // By symmetry P(T ≥ q) = P(T ≤ pairs − q).
        long q = 2 * concordant > pairs ? pairs - concordant : concordant;
        return Math.min(1, 2 * cdf(q, n));
    }
}
