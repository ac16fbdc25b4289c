package org.evsyn.stats.internal;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.evsyn.stats.StatsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * Grid points per factor of ten. Each study's term of the likelihood turns over about a factor of e or more in
     * τ², so two maxima and the minimum between them cannot fit between neighbouring points 1.58 apart; a test
     * compares the search with a scan forty times as dense on thousands of datasets built to have several maxima.
     */
    private static final int POINTS_PER_DECADE = 5;
    /**
     * Where the grid starts, relative to the smallest sampling variance. Below it every weight is within 1% of 1/vᵢ,
     * the score is practically linear and changes sign at most once, which the step from τ² = 0 sees.
     */
    private static final double LOWER_FRACTION = 1e-2;
    private static final double TAU2_CEILING = 1e15;
    /** Two maxima whose separating dip is shallower than this (relative) are one flat maximum, not two. */
    private static final double DIP_TOLERANCE = 1e-9;

    private Tau2Profile() {
    }

    /** A likelihood of τ²: its score (or any function with the score's sign) and its log-likelihood. */
    public interface Likelihood {

        /** A function of τ² with the sign of the (restricted) log-likelihood's derivative. */
        double score(double tau2);

        /**
         * The score, or a cheaper function with the same sign wherever the score is not within rounding of 0; used
         * for the grid, while brackets are refined with {@link #score}.
         */
        default double gridScore(double tau2) {
            return score(tau2);
        }

        /** The (restricted) log-likelihood at τ², up to a constant. */
        double logLik(double tau2);
    }

    /**
     * A local maximum.
     *
     * @param tau2   where it is
     * @param logLik the log-likelihood there (same constant as {@link Likelihood#logLik}); NaN when the likelihood
     *               has this one maximum only, where nothing needs comparing
     * @param holdsKnown whether the {@code known} value given to {@link #search} lies on this maximum
     */
    public record Maximum(double tau2, double logLik, boolean holdsKnown) {
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

        /** Whether the {@code known} value given to {@link #search} lies on the global maximum. */
        public boolean knownIsGlobal() {
            return global.holdsKnown();
        }

        /**
         * The warning for a fit whose solver arrived at {@code scored} (NaN when it did not converge): empty when
         * the likelihood has one maximum and the solver found it.
         *
         * @param likelihood what is maximised, e.g. "REML likelihood of tau^2"
         * @param scored     the solver's τ², or NaN
         * @return one sentence, or empty
         */
        public Optional<String> warning(String likelihood, double scored) {
            boolean missed = Double.isNaN(scored) || !knownIsGlobal();
            if (!multimodal() && !missed) {
                return Optional.empty();
            }
            StringBuilder s = new StringBuilder("the ").append(likelihood);
            if (multimodal()) {
                s.append(" has ").append(maxima.size()).append(" local maxima (");
                for (int i = 0; i < maxima.size(); i++) {
                    Maximum m = maxima.get(i);
                    s.append(i == 0 ? "" : "; ").append("tau^2 = ").append(number(m.tau2()))
                            .append(", log-likelihood ").append(number(m.logLik()));
                }
                s.append(")");
            }
            if (Double.isNaN(scored)) {
                s.append(multimodal() ? "; " : " ").append("was maximised by the profile search after Fisher scoring "
                        + "did not converge");
            } else if (missed) {
                s.append(multimodal() ? "; Fisher scoring stopped at the lower one, tau^2 = "
                        : " has one maximum; Fisher scoring stopped away from it, at tau^2 = ").append(number(scored));
            }
            return Optional.of(s.append("; the global maximum, tau^2 = ").append(number(global.tau2()))
                    .append(", is reported").toString());
        }

        private static String number(double x) {
            return x == 0 ? "0" : String.format(Locale.ROOT, "%.6g", x);
        }
    }

    /**
     * Finds every local maximum.
     *
     * @param f        the likelihood
     * @param minV     the smallest sampling variance (&gt; 0)
     * @param upper    a τ² beyond which the likelihood has no stationary point (the search extends past it should
     *                 rounding leave the score positive there)
     * @param fromZero whether τ² = 0 is admissible (false when a zero sampling variance makes it undefined)
     * @param known    where a converged Fisher scoring run stopped, or NaN: taken as the maximum of the bracket it
     *                 falls in (also a hair above 0 for a boundary maximum, where metafor's identical iteration
     *                 stops too), so that results agree with metafor's to its convergence criterion
     * @return the maxima
     * @throws StatsException when the likelihood keeps increasing up to 1e15
     */
    public static Maxima search(Likelihood f, double minV, double upper, boolean fromZero, double known) {
        double lower = Math.max(minV * LOWER_FRACTION, Double.MIN_NORMAL);
        double top = Math.max(upper, lower * 10);
        double ratio = Math.pow(10, 1.0 / POINTS_PER_DECADE);
        int n = (fromZero ? 1 : 0) + (int) Math.ceil(Math.log(top / lower) / Math.log(ratio)) + 1;
        double[] grid = new double[n + 64];
        double[] scores = new double[grid.length];
        int size = 0;
        if (fromZero) {
            grid[size++] = 0;
        }
        for (double t = lower; size < n; t *= ratio) {
            grid[size++] = t;
        }
        for (int i = 0; i < size; i++) {
            scores[i] = f.gridScore(grid[i]);
        }
        // No maximum lies past the bound, so the score is negative there; extend should rounding say otherwise.
        while (!(scores[size - 1] <= 0)) {
            if (size == grid.length || grid[size - 1] * 2 > TAU2_CEILING) {
                throw new StatsException("the likelihood of tau^2 keeps increasing up to tau^2 = "
                        + grid[size - 1] + "; tau^2 cannot be estimated");
            }
            grid[size] = grid[size - 1] * 2;
            scores[size] = f.gridScore(grid[size]);
            size++;
        }

        List<double[]> brackets = new ArrayList<>(2); // {tau2, grid index after it, 1 if it holds known}
        if (fromZero && scores[0] <= 0) {
            // Fisher scoring creeps towards a boundary maximum and stops a hair above 0: that is this maximum.
            boolean holdsKnown = known >= 0 && known <= grid[1];
            brackets.add(new double[] {holdsKnown ? known : 0, 0, holdsKnown ? 1 : 0});
        }
        for (int i = 0; i + 1 < size; i++) {
            if (scores[i] > 0 && scores[i + 1] <= 0) {
                boolean holdsKnown = known >= grid[i] && known <= grid[i + 1];
                brackets.add(new double[] {holdsKnown ? known : refine(f, grid[i], grid[i + 1]), i + 1,
                    holdsKnown ? 1 : 0});
            }
        }
        if (brackets.size() == 1) {
            // One maximum: its log-likelihood is only needed to compare maxima, so it is not computed.
            Maximum only = new Maximum(brackets.get(0)[0], Double.NaN, brackets.get(0)[2] > 0);
            return new Maxima(List.of(only), only);
        }
        List<Maximum> found = new ArrayList<>(brackets.size());
        int[] at = new int[brackets.size()];
        for (int j = 0; j < brackets.size(); j++) {
            double[] b = brackets.get(j);
            found.add(new Maximum(b[0], f.logLik(b[0]), b[2] > 0));
            at[j] = (int) b[1];
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
    private static List<Maximum> mergeShallow(Likelihood f, double[] grid, List<Maximum> found, int[] at) {
        List<Maximum> out = new ArrayList<>();
        List<Integer> outAt = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            Maximum m = found.get(n);
            if (!out.isEmpty()) {
                Maximum prev = out.get(out.size() - 1);
                double dip = Double.POSITIVE_INFINITY;
                for (int i = outAt.get(outAt.size() - 1); i <= at[n] && i < grid.length; i++) {
                    dip = Math.min(dip, f.logLik(grid[i]));
                }
                double lowerPeak = Math.min(prev.logLik(), m.logLik());
                if (lowerPeak - dip <= DIP_TOLERANCE * (1 + Math.abs(lowerPeak))) {
                    Maximum higher = m.logLik() > prev.logLik() ? m : prev;
                    out.set(out.size() - 1, new Maximum(higher.tau2(), higher.logLik(),
                            m.holdsKnown() || prev.holdsKnown()));
                    if (higher == m) {
                        outAt.set(outAt.size() - 1, at[n]);
                    }
                    continue;
                }
            }
            out.add(m);
            outAt.add(at[n]);
        }
        return out;
    }
}
