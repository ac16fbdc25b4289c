package org.evsyn.stats.internal;

/**
 * Fixed-effect heterogeneity statistics around a given pooled value.
 *
 * @param q    Cochran's Q
 * @param df   degrees of freedom
 * @param pval upper-tail χ² p-value (1 when df = 0)
 * @param i2   I² in percent, max(0, 100·(Q − df)/Q), 0 when df = 0
 * @param h2   H² = Q/df (not truncated), 1 when df = 0
 */
record Heterogeneity(double q, int df, double pval, double i2, double h2) {

    /**
     * Q = Σ(yᵢ − θ)²/vᵢ over the studies with finite yᵢ and positive vᵢ.
     *
     * @param yi    effects (NaN = skipped)
     * @param vi    variances
     * @param theta the pooled value
     * @return the statistics
     */
    public static Heterogeneity around(double[] yi, double[] vi, double theta) {
        double q = 0;
        int n = 0;
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isNaN(yi[i]) && !Double.isNaN(vi[i])) {
                double r = yi[i] - theta;
                q += r * r / vi[i];
                n++;
            }
        }
        return fromQ(n <= 1 ? 0 : q, Math.max(0, n - 1));
    }

    /**
     * The statistics of a known Q.
     *
     * @param q  Cochran's Q
     * @param df its degrees of freedom
     * @return the statistics, with the single-study convention when df = 0
     */
    public static Heterogeneity fromQ(double q, int df) {
        if (df == 0) {
            return new Heterogeneity(0, 0, 1, 0, 1);
        }
        return new Heterogeneity(q, df, Distributions.chiSquareUpperP(q, df), Math.max(0, 100 * (q - df) / q),
                q / df);
    }
}
