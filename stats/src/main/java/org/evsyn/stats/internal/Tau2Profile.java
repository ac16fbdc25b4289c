package org.evsyn.stats.internal;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.evsyn.stats.StatsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every local maximum of a (restricted) likelihood of τ² on [0, ∞), found from a profile before any refinement.
 * Fisher scoring from one start climbs to whichever maximum is nearest; a likelihood with several (real data have
 * them, e.g. a few precise studies that agree beside imprecise outlying ones) can leave it on the lower one. The
 * profile walks a grid of τ² values, ten per factor of ten, from far below the smallest sampling variance to a
 * bound beyond which the score is provably negative; every change of the score's sign from + to − brackets a
 * maximum, which Brent's method then pins down. A maximum at the boundary τ² = 0 counts when the score there is
 * ≤ 0. Cost: about 10·log₁₀(upper/lower) evaluations of the score, each O(k).
 */
final class Tau2Profile {

    /** Grid points per factor of ten. */
    private static final int POINTS_PER_DECADE = 10;
    /** Where the grid starts, relative to the smallest sampling variance: below it the score no longer turns. */
    private static final double LOWER_FRACTION = 1e-3;
    private static final double TAU2_CEILING = 1e15;
    /** Two maxima whose separating dip is shallower than this (relative) are one flat maximum, not two. */
    private static final double DIP_TOLERANCE = 1e-9;

    private Tau2Profile() {
    }

    /** A likelihood of τ²: its score (or any function with the score's sign) and its log-likelihood. */
    public interface Likelihood {

        /** A function of τ² with the sign of the (restricted) log-likelihood's derivative. */
        double score(double tau2);

        /** The (restricted) log-likelihood at τ², up to a constant. */
        double logLik(double tau2);
    }

    /**
     * A local maximum.
     *
     * @param tau2   where it is
     * @param logLik the log-likelihood there (same constant as {@link Likelihood#logLik})
     */
    public record Maximum(double tau2, double logLik) {
    }

    /**
     * The local maxima, in increasing τ², and the global one.
     *
     * @param maxima every local maximum found (at least one)
     * @param global the one with the highest log-likelihood
     */
    public record Maxima(List<Maximum> maxima, Maximum global) {

        /** Copies the list. */
        public Maxima {
            maxima = List.copyOf(maxima);
        }

        /** Whether the likelihood has more than one local maximum. */
        public boolean multimodal() {
            return maxima.size() > 1;
        }

        /** Whether {@code tau2} lies on the global maximum: it is closer to it than to any other maximum. */
        public boolean isGlobal(double tau2) {
            Maximum nearest = maxima.get(0);
            for (Maximum m : maxima) {
                if (Math.abs(m.tau2() - tau2) < Math.abs(nearest.tau2() - tau2)) {
                    nearest = m;
                }
            }
            return nearest.logLik() >= global.logLik();
        }

        /** "τ² = a (log-likelihood x); τ² = b (y)", for warnings. */
        public String describe() {
            StringBuilder s = new StringBuilder();
            for (Maximum m : maxima) {
                if (s.length() > 0) {
                    s.append("; ");
                }
                s.append(String.format(Locale.ROOT, "tau^2 = %.6g (log-likelihood %.6g)", m.tau2(), m.logLik()));
            }
            return s.toString();
        }
    }

    /**
     * Finds every local maximum.
     *
     * @param f          the likelihood
     * @param minV       the smallest sampling variance (&gt; 0)
     * @param upper      a τ² beyond which the score is negative (the search extends past it if it is not)
     * @param fromZero   whether τ² = 0 is admissible (false when a zero sampling variance makes it undefined)
     * @return the maxima
     * @throws StatsException when the likelihood keeps increasing up to 1e15
     */
    public static Maxima search(Likelihood f, double minV, double upper, boolean fromZero) {
        double lower = Math.max(minV * LOWER_FRACTION, Double.MIN_NORMAL);
        double top = Math.max(upper, lower * 10);
        double ratio = Math.pow(10, 1.0 / POINTS_PER_DECADE);
        List<Double> grid = new ArrayList<>();
        if (fromZero) {
            grid.add(0.0);
        }
        for (double t = lower; t < top * ratio; t *= ratio) {
            grid.add(t);
        }
        List<Double> scores = new ArrayList<>(grid.size());
        for (double t : grid) {
            scores.add(f.score(t));
        }
        // The score must be negative at the far end; past the bound it is in theory, extend if rounding says not.
        double last = grid.get(grid.size() - 1);
        while (!(scores.get(scores.size() - 1) <= 0)) {
            last *= 2;
            if (last > TAU2_CEILING) {
                throw new StatsException("the likelihood of tau^2 keeps increasing up to tau^2 = " + TAU2_CEILING
                        + "; tau^2 cannot be estimated");
            }
            grid.add(last);
            scores.add(f.score(last));
        }

        List<Maximum> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        if (fromZero && scores.get(0) <= 0) {
            found.add(new Maximum(0, f.logLik(0)));
            at.add(0);
        }
        for (int i = 0; i + 1 < grid.size(); i++) {
            if (scores.get(i) > 0 && scores.get(i + 1) <= 0) {
                double root = refine(f, grid.get(i), grid.get(i + 1));
                found.add(new Maximum(root, f.logLik(root)));
                at.add(i + 1);
            }
        }
        List<Maximum> distinct = mergeShallow(f, grid, found, at);
        Maximum best = distinct.get(0);
        for (Maximum m : distinct) {
            if (m.logLik() > best.logLik()) {
                best = m;
            }
        }
        return new Maxima(distinct, best);
    }

    private static double refine(Likelihood f, double lo, double hi) {
        try {
            return new BrentSolver(1e-15, 1e-16).solve(2000, f::score, lo, hi);
        } catch (MathIllegalStateException e) {
            throw new StatsException("the maximum of the likelihood of tau^2 between " + lo + " and " + hi
                    + " could not be located", e);
        }
    }

    /**
     * Joins neighbouring maxima whose separating dip (the lowest grid log-likelihood between them) is within
     * rounding of the lower one: sign flips of a score that is zero to machine precision on a flat stretch.
     */
    private static List<Maximum> mergeShallow(Likelihood f, List<Double> grid, List<Maximum> found, List<Integer> at) {
        List<Maximum> out = new ArrayList<>();
        List<Integer> outAt = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            Maximum m = found.get(n);
            if (!out.isEmpty()) {
                Maximum prev = out.get(out.size() - 1);
                double dip = Double.POSITIVE_INFINITY;
                for (int i = outAt.get(outAt.size() - 1); i <= at.get(n) && i < grid.size(); i++) {
                    dip = Math.min(dip, f.logLik(grid.get(i)));
                }
                double lowerPeak = Math.min(prev.logLik(), m.logLik());
                if (lowerPeak - dip <= DIP_TOLERANCE * (1 + Math.abs(lowerPeak))) {
                    if (m.logLik() > prev.logLik()) {
                        out.set(out.size() - 1, m);
                        outAt.set(outAt.size() - 1, at.get(n));
                    }
                    continue;
                }
            }
            out.add(m);
            outAt.add(at.get(n));
        }
        return out;
    }
}
