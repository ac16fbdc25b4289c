package org.evsyn.stats.dose;

import java.util.Arrays;

/**
 * Harrell's restricted cubic spline with three knots (linear beyond the outer knots), the nonlinear term scaled by
 * (t₃ − t₁)² as {@code rms::rcspline.eval(norm = 2)} does:
 * s(x) = [(x − t₁)₊³ − (x − t₂)₊³ (t₃ − t₁)/(t₃ − t₂) + (x − t₃)₊³ (t₂ − t₁)/(t₃ − t₂)] / (t₃ − t₁)².
 */
public final class RestrictedCubicSpline {

    private RestrictedCubicSpline() {
    }

    /**
     * Knots at the 10th, 50th and 90th percentiles (R's default quantile, type 7).
     *
     * @param x the values
     * @return three knots, ascending
     */
    public static double[] knots(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return new double[] {quantile(s, 0.1), quantile(s, 0.5), quantile(s, 0.9)};
    }

    /**
     * The nonlinear term s(x).
     *
     * @param x     the value
     * @param knots three ascending knots
     * @return s(x)
     */
    public static double term(double x, double[] knots) {
        double t1 = knots[0];
        double t2 = knots[1];
        double t3 = knots[2];
        double v = cube(x - t1) - cube(x - t2) * (t3 - t1) / (t3 - t2) + cube(x - t3) * (t2 - t1) / (t3 - t2);
        return v / ((t3 - t1) * (t3 - t1));
    }

    private static double cube(double v) {
        return v > 0 ? v * v * v : 0;
    }

    /** R's type-7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
