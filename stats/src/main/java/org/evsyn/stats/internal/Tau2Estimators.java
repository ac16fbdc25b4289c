package org.evsyn.stats.internal;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;

import java.util.List;
import java.util.Optional;

/**
 * The between-study variance estimators of the intercept-only model, all truncated at zero. Every estimator works
 * in O(k) time and memory per iteration.
 */
final class Tau2Estimators {

    /** Fisher scoring stops when |Δτ²| falls below this (the reference fixtures' criterion), see {@link #threshold}. */
    private static final double SCORING_TOLERANCE = 1e-10;
    /** Mean sampling variance below which the stopping step shrinks in proportion. */
    private static final double SMALL_VARIANCE = 1e-4;
    private static final int MAX_SCORING_ITERATIONS = 1000;

    private Tau2Estimators() {
    }

    /**
     * Estimates τ².
     *
     * @param yi     effects (k ≥ 2, finite)
     * @param vi     sampling variances (finite, ≥ 0)
     * @param method estimator; {@link Tau2Method#FE} returns 0
     * @param start  starting value for iterative estimators (NaN: the estimator's own default start)
     * @return the estimate
     * @throws StatsException on non-convergence or when a zero variance makes the estimator undefined
     */
    public static Tau2Estimate estimate(double[] yi, double[] vi, Tau2Method method, double start) {
        return switch (method) {
            case FE -> new Tau2Estimate(0, Double.NaN, 0, List.of());
            case DL -> new Tau2Estimate(dersimonianLaird(yi, vi), Double.NaN, 0, List.of());
            case HE -> new Tau2Estimate(hedges(yi, vi), Double.NaN, 0, List.of());
            case HS -> new Tau2Estimate(hunterSchmidt(yi, vi), Double.NaN, 0, List.of());
            case SJ -> new Tau2Estimate(sidikJonkman(yi, vi), Double.NaN, 0, List.of());
            case PM, EB -> pauleMandel(yi, vi, method, start);
            case REML, ML -> fisherScoring(yi, vi, method == Tau2Method.REML, start);
        };
    }

    static double dersimonianLaird(double[] yi, double[] vi) {
        requirePositive(vi, "DL");
        int k = yi.length;
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1.0 / vi[i];
            sw += w;
            sw2 += w * w;
            swy += w * yi[i];
        }
        double theta = swy / sw;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double r = yi[i] - theta;
            q += r * r / vi[i];
        }
        return Math.max(0, (q - (k - 1)) / (sw - sw2 / sw));
    }

    static double hunterSchmidt(double[] yi, double[] vi) {
        requirePositive(vi, "HS");
        int k = yi.length;
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1.0 / vi[i];
            sw += w;
            swy += w * yi[i];
        }
        double theta = swy / sw;
        double q = 0;
        for (int i = 0; i < k; i++) {
            double r = yi[i] - theta;
            q += r * r / vi[i];
        }
        return Math.max(0, (q - k) / sw);
    }

    static double hedges(double[] yi, double[] vi) {
        int k = yi.length;
        double mean = 0;
        double meanV = 0;
        for (int i = 0; i < k; i++) {
            mean += yi[i];
            meanV += vi[i];
        }
        mean /= k;
        meanV /= k;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            double d = yi[i] - mean;
            ss += d * d;
        }
        return Math.max(0, ss / (k - 1) - meanV);
    }

    static double sidikJonkman(double[] yi, double[] vi) {
        int k = yi.length;
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += yi[i];
        }
        mean /= k;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            double d = yi[i] - mean;
            ss += d * d;
        }
        double tau0 = ss / k;
        if (tau0 == 0) {
            return 0;
        }
        return tau0 * GeneralisedQ.value(yi, vi, tau0) / (k - 1);
    }

    static Tau2Estimate pauleMandel(double[] yi, double[] vi, Tau2Method method, double start) {
        // metafor refuses PM with a zero sampling variance but fits EB (its iteration starts above τ² = 0).
        if (method == Tau2Method.PM) {
            requirePositive(vi, method.name());
        }
        // Without moderators the empirical Bayes fixed point solves the same equation Q(τ²) = k − 1.
        GeneralisedQ.Root root = GeneralisedQ.solve(yi, vi, yi.length - 1, start);
        return new Tau2Estimate(root.tau2(), Double.NaN, root.iterations(), List.of());
    }

    /**
     * The stopping step of Fisher scoring: metafor's absolute 1e-10 (the fixtures' setting), shrunk in proportion
     * for data whose mean sampling variance is below 1e-4, where an absolute step of 1e-10 would leave τ² off by a
     * relative 1e-4 or more. Shared with meta-regression's residual τ².
     *
     * @param vi sampling variances
     * @return the threshold on |Δτ²|
     */
    static double threshold(double[] vi) {
        double mean = 0;
        for (double v : vi) {
            mean += v;
        }
        mean /= vi.length;
        return SCORING_TOLERANCE * Math.min(1, mean / SMALL_VARIANCE);
    }

    static Tau2Estimate fisherScoring(double[] yi, double[] vi, boolean restricted, double start) {
        boolean anyZero = false;
        for (double v : vi) {
            anyZero |= v <= 0;
        }
        double stop = threshold(vi);
        double tau2 = start >= 0 && Double.isFinite(start) ? start : hedges(yi, vi);
        if (anyZero && tau2 == 0) {
            throw new StatsException("a study has zero sampling variance and the " + (restricted ? "REML" : "ML")
                    + " estimate of tau^2 starts at 0: the likelihood is not defined there");
        }
        // The path (start, halving, stopping rule) is the reference implementation's, so that estimates on or near
        // the boundary, where the iteration creeps towards 0 and stops at a tiny positive value, agree with it.
        double lastStep = Double.NaN;
        for (int it = 1; it <= MAX_SCORING_ITERATIONS; it++) {
            double step = scoringStep(yi, vi, tau2, restricted);
            if (!Double.isFinite(step)) {
                throw new StatsException("Fisher scoring for tau^2 produced a non-finite step at tau^2 = " + tau2);
            }
            if (tau2 == 0 && step < 0) {
                step = 0; // halving a downhill step from the boundary ends at 0 anyway
            }
            while (tau2 + step < 0) {
                step /= 2;
            }
            tau2 += step;
            lastStep = step;
            if (Math.abs(step) < stop) {
                // With a zero sampling variance the likelihood is unbounded at τ² = 0, so there is no global
                // maximum to look for; metafor makes no check there either.
                return anyZero ? finish(yi, vi, Math.max(0, tau2), restricted, it, List.of())
                        : safeguard(yi, vi, restricted, Math.max(0, tau2), it);
            }
        }
        // Plain scoring can cycle between two points or crawl; the profile search below still finds the maximum.
        if (anyZero) {
            return scoreRoot(yi, vi, restricted, true, lastStep);
        }
        return safeguard(yi, vi, restricted, Double.NaN, MAX_SCORING_ITERATIONS);
    }

    /**
     * Checks a Fisher scoring result against every local maximum of the likelihood profile and returns the global
     * one. When scoring reached the global maximum its value is kept, so estimates agree with metafor's to its
     * convergence criterion; when it stopped on a lower maximum (metafor then only compares with τ² = 0), the global
     * maximum replaces it. Either way a likelihood with several maxima is reported in the warnings.
     */
    private static Tau2Estimate safeguard(double[] yi, double[] vi, boolean restricted, double scored, int iterations) {
        String name = restricted ? "REML" : "ML";
        Tau2Profile.Maxima maxima = Tau2Profile.search(new InterceptLikelihood(yi, vi, restricted), min(vi),
                InterceptLikelihood.upperBound(yi, vi), true, scored);
        double tau2 = maxima.global().tau2();
        Optional<String> warning = maxima.warning(name + " likelihood of tau^2", scored);
        List<String> warnings = warning.isPresent() ? List.of(warning.get()) : List.of();
        return finish(yi, vi, tau2, restricted, iterations, warnings);
    }

    private static double min(double[] vi) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : vi) {
            m = Math.min(m, v);
        }
        return m;
    }

    /**
     * Fallback when Fisher scoring cycles or crawls: the zero of the (restricted) likelihood score, located by
     * Brent's method inside a bracket [lo, hi] with score(lo) &gt; 0 &gt; score(hi).
     */
    private static Tau2Estimate scoreRoot(double[] yi, double[] vi, boolean restricted, boolean anyZero,
                                          double lastStep) {
        String name = restricted ? "REML" : "ML";
        double lo = 0;
        if (!anyZero && scoringStep(yi, vi, 0, restricted) <= 0) {
            return finish(yi, vi, 0, restricted, MAX_SCORING_ITERATIONS, List.of());
        }
        if (anyZero) {
            lo = Double.MIN_NORMAL;
        }
        double hi = 1;
        int iterations = MAX_SCORING_ITERATIONS;
        while (scoringStep(yi, vi, hi, restricted) > 0) {
            lo = hi;
            hi *= 4;
            if (hi > 1e15) {
                throw new StatsException("the " + name + " likelihood for tau^2 does not reach a maximum below 1e15");
            }
        }
        try {
            BrentSolver brent = new BrentSolver(1e-14, 1e-15, 0);
            double root = brent.solve(MAX_SCORING_ITERATIONS, x -> scoringStep(yi, vi, x, restricted), lo, hi);
            return finish(yi, vi, root, restricted, iterations + brent.getEvaluations(), List.of());
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new StatsException("the " + name + " estimate of tau^2 did not converge: Fisher scoring stopped after "
                    + MAX_SCORING_ITERATIONS + " iterations (last step " + lastStep + ") and the bracketed search on"
                    + " the likelihood score failed as well", e);
        }
    }

    /**
     * One Fisher scoring step. The weights are recomputed in the second pass rather than kept in a scratch array:
     * a loop that both stores into an array and accumulates products made HotSpot's C2 compiler (17.0.15) crash
     * while vectorising it.
     */
    static double scoringStep(double[] yi, double[] vi, double tau2, boolean restricted) {
        int k = yi.length;
        double sw = 0;
        double sw2 = 0;
        double sw3 = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double wi = 1.0 / (vi[i] + tau2);
            double w2 = wi * wi;
            sw += wi;
            sw2 += w2;
            sw3 += w2 * wi;
            swy += wi * yi[i];
        }
        double theta = swy / sw;
        double sw2r2 = 0;
        for (int i = 0; i < k; i++) {
            double wi = 1.0 / (vi[i] + tau2);
            double r = yi[i] - theta;
            sw2r2 += wi * wi * r * r;
        }
        if (restricted) {
            // P = W − wwᵀ/Σw: tr(P) and tr(P²) in closed form, no k×k matrix.
            double trP = sw - sw2 / sw;
            double ratio = sw2 / sw;
            double trPP = sw2 - 2 * sw3 / sw + ratio * ratio;
            return (sw2r2 - trP) / trPP;
        }
        return (sw2r2 - sw) / sw2;
    }

    private static Tau2Estimate finish(double[] yi, double[] vi, double tau2, boolean restricted, int iterations,
                                       List<String> warnings) {
        int k = yi.length;
        double sw = 0;
        double sw2 = 0;
        double sw3 = 0;
        for (int i = 0; i < k; i++) {
            double w = 1.0 / (vi[i] + tau2);
            sw += w;
            sw2 += w * w;
            sw3 += w * w * w;
        }
        double info;
        if (restricted) {
            double ratio = sw2 / sw;
            info = sw2 - 2 * sw3 / sw + ratio * ratio;
        } else {
            info = sw2;
        }
        return new Tau2Estimate(tau2, Math.sqrt(2 / info), iterations, warnings);
    }

    private static void requirePositive(double[] vi, String method) {
        for (int i = 0; i < vi.length; i++) {
            if (!(vi[i] > 0)) {
                throw new StatsException("study " + (i + 1) + " has sampling variance " + vi[i] + "; the " + method
                        + " estimator needs every sampling variance to be positive");
            }
        }
    }

    /**
     * An estimated τ².
     *
     * @param tau2       the estimate (≥ 0)
     * @param se         its standard error from the expected information (ML/REML), NaN otherwise
     * @param iterations iterations used (0 for closed-form estimators)
     * @param warnings   what the estimator had to say about the likelihood (several maxima, a scoring run that
     *                   stopped on a lower one), empty when nothing
     */
    public record Tau2Estimate(double tau2, double se, int iterations, List<String> warnings) {

        /**
         * Validates the components.
         */
        public Tau2Estimate {
            if (!(tau2 >= 0) || iterations < 0) {
                throw new IllegalArgumentException("invalid tau^2 estimate " + tau2 + " after " + iterations
                        + " iterations");
            }
            warnings = List.copyOf(warnings);
        }
    }
}
