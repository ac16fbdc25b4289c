package org.evsyn.stats.internal.sequential;

import org.evsyn.stats.sequential.Boundary;
import org.evsyn.stats.sequential.SpendingBoundaries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Lan–DeMets O'Brien–Fleming-type group-sequential boundaries by numerical integration (Jennison &amp; Turnbull
 * 2000, chapter 19, as gsDesign computes them).
 *
 * <p>Efficacy: under H0 at each look, the boundary b<sub>k</sub> spends α′(t<sub>k</sub>) − α′(t<sub>k−1</sub>)
 * on each side, α′ = α/sides; a two-sided design continues while |Z| &lt; b (harm is the mirror). Futility
 * (non-binding, as in gsDesign's test.type 4 and the TSA program's inner wedge): under the alternative, with drift
 * η = z<sub>1−α/sides</sub> + z<sub>1−β</sub> at t = 1, the boundary a<sub>k</sub> spends β′(t<sub>k</sub>) −
 * β′(t<sub>k−1</sub>) below it on the paths inside (a<sub>j</sub>, b<sub>j</sub>) so far, with the same spending
 * function for β; where it would pass the efficacy boundary it is set equal to it.</p>
 */
public final class GroupSequential {

    /** Root-finding stops within this distance in z: well below the fourth decimal. */
    private static final double Z_TOLERANCE = 1e-10;
    /** Search limit in z; a look that spends less than the tail beyond it gets the spending function's limit. */
    private static final double Z_LIMIT = 37;

    private GroupSequential() {
    }

    /**
     * Boundaries at the given looks.
     *
     * @param fractions strictly increasing fractions in (0, 1]
     * @param alpha     total α
     * @param sides     1 or 2
     * @param power     1 − β, or NaN for no futility boundaries
     * @return the boundaries
     */
    public static SpendingBoundaries boundaries(double[] fractions, double alpha, int sides, double power) {
        double[] efficacy = efficacy(fractions, alpha / sides, sides);
        double[] futility = new double[fractions.length];
        double[] betaSpent = new double[fractions.length];
        Arrays.fill(futility, Double.NaN);
        Arrays.fill(betaSpent, Double.NaN);
        if (!Double.isNaN(power)) {
            double beta = 1 - power;
            double drift = NormalTails.upperQuantile(alpha / sides) + NormalTails.upperQuantile(beta);
            futility = futility(fractions, efficacy, sides, beta, drift);
            for (int k = 0; k < fractions.length; k++) {
                betaSpent[k] = SpendingFunction.spent(beta, fractions[k]);
            }
        }
        List<Boundary> looks = new ArrayList<>(fractions.length);
        for (int k = 0; k < fractions.length; k++) {
            looks.add(new Boundary(fractions[k], efficacy[k], futility[k],
                    sides * SpendingFunction.spent(alpha / sides, fractions[k]), betaSpent[k]));
        }
        return new SpendingBoundaries(alpha, sides, power, looks);
    }

    /** Efficacy boundaries spending {@code perSide} on each side under H0. */
    static double[] efficacy(double[] fractions, double perSide, int sides) {
        double[] b = new double[fractions.length];
        SequentialDensity density = SequentialDensity.start(0);
        double previous = 0;
        for (int k = 0; k < fractions.length; k++) {
            double t = fractions[k];
            double spent = SpendingFunction.spent(perSide, t);
            double target = spent - previous;
            previous = spent;
            SequentialDensity d = density;
            b[k] = solveDecreasing(x -> d.upperExit(t, x), target, 0, Z_LIMIT,
                    NormalTails.upperQuantile(perSide / 2) / Math.sqrt(t));
            density = density.advance(t, sides == 2 ? -b[k] : Double.NEGATIVE_INFINITY, b[k]);
        }
        return b;
    }

    /** Futility boundaries spending β under the alternative, against the efficacy boundaries b. */
    static double[] futility(double[] fractions, double[] b, int sides, double beta, double drift) {
        double[] a = new double[fractions.length];
        SequentialDensity density = SequentialDensity.start(drift);
        double previous = 0;
        for (int k = 0; k < fractions.length; k++) {
            double t = fractions[k];
            double spent = SpendingFunction.spent(beta, t);
            double target = spent - previous;
            previous = spent;
            SequentialDensity d = density;
            double top = b[k];
            if (d.lowerExit(t, top) <= target) {
                a[k] = top;
            } else {
                double bottom = drift * Math.sqrt(t) - Z_LIMIT;
                a[k] = -solveDecreasing(x -> d.lowerExit(t, -x), target, -top, -bottom, Double.NaN);
                if (Double.isNaN(a[k])) {
                    a[k] = bottom;
                }
            }
            double lower = sides == 2 ? Math.max(a[k], -b[k]) : a[k];
            density = density.advance(t, lower, b[k]);
        }
        return a;
    }

    /**
     * x in [lo, hi] with f(x) = target for f decreasing in x, by bisection on log f (targets can be tiny). When f
     * stays above the target up to hi, {@code beyond} is returned.
     */
    private static double solveDecreasing(DoubleUnaryOperator f, double target, double lo, double hi, double beyond) {
        if (!(target > 0) || f.applyAsDouble(hi) > target) {
            return beyond;
        }
        if (f.applyAsDouble(lo) <= target) {
            return lo;
        }
        double logTarget = Math.log(target);
        while (hi - lo > Z_TOLERANCE) {
            double mid = (lo + hi) / 2;
            double v = f.applyAsDouble(mid);
            if (v > 0 && Math.log(v) > logTarget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
