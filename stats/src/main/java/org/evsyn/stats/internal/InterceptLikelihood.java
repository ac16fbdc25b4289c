package org.evsyn.stats.internal;

/**
 * The (restricted) likelihood of τ² in the intercept-only random-effects model, in O(k) per evaluation. The
 * log-likelihood carries metafor's constants (−k/2·log 2π for ML; −(k−1)/2·log 2π + ½·log k for REML, its
 * {@code REMLf = TRUE} form), so the values in warnings read as {@code logLik()} of the matching metafor fit.
 */
final class InterceptLikelihood implements Tau2Profile.Likelihood {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[] yi;
    private final double[] vi;
    private final boolean restricted;

    InterceptLikelihood(double[] yi, double[] vi, boolean restricted) {
        this.yi = yi;
        this.vi = vi;
        this.restricted = restricted;
    }

    /**
     * A τ² past every maximum. With τ² ≥ 10·max v all weights lie within a factor 1.1 of 1/τ², and once τ² also
     * exceeds 4·(range of y)² the residual term of either score is smaller than its trace term.
     */
    static double upperBound(double[] yi, double[] vi) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double maxV = 0;
        for (int i = 0; i < yi.length; i++) {
            lo = Math.min(lo, yi[i]);
            hi = Math.max(hi, yi[i]);
            maxV = Math.max(maxV, vi[i]);
        }
        double range = hi - lo;
        return 10 * maxV + 4 * range * range;
    }

    @Override
    public double score(double tau2) {
        return Tau2Estimators.scoringStep(yi, vi, tau2, restricted);
    }

    @Override
    public double logLik(double tau2) {
        int k = yi.length;
        double sw = 0;
        double swy = 0;
        double logV = 0;
        for (int i = 0; i < k; i++) {
            double v = vi[i] + tau2;
            sw += 1 / v;
            swy += yi[i] / v;
            logV += Math.log(v);
        }
        double theta = swy / sw;
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double r = yi[i] - theta;
            rss += r * r / (vi[i] + tau2);
        }
        if (restricted) {
            return -0.5 * (k - 1) * LOG_2PI + 0.5 * Math.log(k) - 0.5 * logV - 0.5 * Math.log(sw) - 0.5 * rss;
        }
        return -0.5 * k * LOG_2PI - 0.5 * logV - 0.5 * rss;
    }
}
