package org.evsyn.stats.internal;

import org.evsyn.stats.StatsException;

/**
 * The generalised Cochran statistic Q(τ²) = Σ wᵢ(yᵢ − θ̂(τ²))² with wᵢ = 1/(vᵢ + τ²), and the search for the τ² at
 * which it equals a target value (Paule–Mandel, empirical Bayes and the Q-profile interval all need that root).
 * Q(τ²) is strictly decreasing in τ², so the root is unique whenever it exists.
 */
final class GeneralisedQ {

    /** Roots are located to this relative precision (absolute below τ² = 1), tighter than the fixtures' 1e-12. */
    private static final double ROOT_TOLERANCE = 1e-13;
    private static final int MAX_ITERATIONS = 2000;
    /** Upper end of the bracket search; a root beyond it means the data carry no usable information on τ². */
    private static final double TAU2_CEILING = 1e15;

    private GeneralisedQ() {
    }

    /**
     * Q at a given τ².
     *
     * @param yi   effects
     * @param vi   sampling variances
     * @param tau2 between-study variance (≥ 0)
     * @return the generalised Q (the ordinary Cochran Q at τ² = 0)
     */
    public static double value(double[] yi, double[] vi, double tau2) {
        int k = yi.length;
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1.0 / (vi[i] + tau2);
            sw += w;
            swy += w * yi[i];
        }
        double theta = swy / sw;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double r = yi[i] - theta;
            q += r * r / (vi[i] + tau2);
        }
        return q;
    }

    /**
     * The τ² ≥ 0 at which Q(τ²) equals {@code target}; 0 when Q(0) is already at or below it.
     *
     * @param yi     effects (k ≥ 2)
     * @param vi     sampling variances
     * @param target the value Q must take (&gt; 0)
     * @param hint   a starting guess (NaN or ≤ 0 for none)
     * @return the root and the number of iterations used
     * @throws StatsException when the root cannot be bracketed or located
     */
    public static Root solve(double[] yi, double[] vi, double target, double hint) {
        double lo = 0;
        boolean zeroVariance = false;
        for (double v : vi) {
            if (v <= 0) {
                zeroVariance = true;
                break;
            }
        }
        if (!zeroVariance && value(yi, vi, 0) <= target) {
            return new Root(0, 0);
        }
        // Bracket: grow an upper end until Q falls below the target.
        double hi = hint > 0 && Double.isFinite(hint) ? 2 * hint : 1;
        int iterations = 0;
        while (value(yi, vi, hi) > target) {
            lo = hi;
            hi *= 4;
            if (hi > TAU2_CEILING) {
                throw new StatsException("the generalised Q statistic does not fall to " + target
                        + " for any tau^2 below " + TAU2_CEILING + "; tau^2 cannot be determined");
            }
            iterations++;
        }
        double x = hint > lo && hint < hi ? hint : (lo > 0 ? lo : hi / 2);
        int k = yi.length;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            iterations++;
            // Q and its derivative dQ/dτ² = −Σ wᵢ² rᵢ² (the θ term vanishes because Σ wᵢ rᵢ = 0).
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < k; i++) {
                double w = 1.0 / (vi[i] + x);
                sw += w;
                swy += w * yi[i];
            }
            double theta = swy / sw;
            double q = 0;
            double dq = 0;
            for (int i = 0; i < k; i++) {
                double w = 1.0 / (vi[i] + x);
                double r = yi[i] - theta;
                double wr2 = w * r * r;
                q += wr2;
                dq -= w * wr2;
            }
            double f = q - target;
            if (f == 0) {
                return new Root(x, iterations);
            }
            if (f > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = dq < 0 ? x - f / dq : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            double scale = Math.max(1.0, x);
            if (Math.abs(next - x) <= ROOT_TOLERANCE * scale || (hi - lo) <= ROOT_TOLERANCE * scale) {
                return new Root(Math.max(0, next), iterations);
            }
            x = next;
        }
        throw new StatsException("root search for tau^2 (generalised Q = " + target + ") did not converge in "
                + MAX_ITERATIONS + " iterations");
    }

    /**
     * A located τ².
     *
     * @param tau2       the root (≥ 0)
     * @param iterations iterations the search used
     */
    public record Root(double tau2, int iterations) {
    }
}
