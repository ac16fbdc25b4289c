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
    /** The effects less their mean: keeps the one-pass sums of {@link #gridScore} free of cancellation. */
    private final double[] centred;

    InterceptLikelihood(double[] yi, double[] vi, boolean restricted) {
        this.yi = yi;
        this.vi = vi;
        this.restricted = restricted;
        double mean = 0;
        for (double y : yi) {
            mean += y;
        }
        mean /= yi.length;
        this.centred = new double[yi.length];
        for (int i = 0; i < yi.length; i++) {
            centred[i] = yi[i] - mean;
        }
    }

    /**
     * A τ² past every stationary point. Writing the score equations as fixed points, an ML maximum has
     * τ² = Σw²(r² − v)/Σw² ≤ max r² and a REML one τ² = Σw²(r² − v)/Σw² + 1/Σw ≤ max r² + (max v + τ²)/k, where
     * every residual r = y − θ̂ lies within the range of y; so τ² ≤ 2·range² + max v for k ≥ 2.
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
        return 1.1 * (2 * range * range + maxV);
    }

    @Override
    public double score(double tau2) {
        return Tau2Estimators.scoringStep(yi, vi, tau2, restricted);
    }

    /** The score's numerator (yᵀP²y − tr P, or yᵀP²y − Σw for ML) in one pass with one division per study. */
    @Override
    public double gridScore(double tau2) {
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        double sw2y = 0;
        double sw2y2 = 0;
        for (int i = 0; i < centred.length; i++) {
            double w = 1 / (vi[i] + tau2);
            double y = centred[i];
            double w2 = w * w;
            sw += w;
            sw2 += w2;
            swy += w * y;
            sw2y += w2 * y;
            sw2y2 += w2 * y * y;
        }
        double theta = swy / sw;
        double yppy = sw2y2 - 2 * theta * sw2y + theta * theta * sw2;
        return restricted ? yppy - (sw - sw2 / sw) : yppy - sw;
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
