package org.evsyn.stats.internal;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;

import java.util.Arrays;
import java.util.List;

/**
 * Residual between-study variance τ² of a meta-regression, for each {@link Tau2Method}, with the moderator
 * generalisations of the intercept-only estimators (P = W − WX(XᵀWX)⁻¹XᵀW, p = number of coefficients).
 */
final class ResidualTau2 {

    /** Convergence criterion on successive τ² values of Fisher scoring (see {@link Tau2Estimators#threshold}). */
    private final double threshold;
    /** Iteration cap of Fisher scoring. */
    static final int MAX_ITERATIONS = 1000;
    /** Fisher scoring steps before switching to a bracketing root search on the score. */
    private static final int SCORING_ITERATIONS = 100;
    /** Step-halving cap within one scoring step. */
    private static final int MAX_HALVINGS = 200;

    private final ScaledDesign design;
    private final double[] y;
    private final double[] v;
    private final int k;
    private final int p;

    ResidualTau2(ScaledDesign design, double[] y, double[] v) {
        this.design = design;
        this.y = y;
        this.v = v;
        this.k = design.k;
        this.p = design.p;
        this.threshold = Tau2Estimators.threshold(v);
    }

    /** τ², the iterations used (0 for closed-form estimators) and what the estimator warns of. */
    record Estimate(double tau2, int iterations, List<String> warnings) {

        Estimate(double tau2, int iterations) {
            this(tau2, iterations, List.of());
        }
    }

    Estimate estimate(Tau2Method method) {
        return switch (method) {
            case FE -> new Estimate(0, 0);
            case DL -> new Estimate(dersimonianLaird(), 0);
            case HE -> new Estimate(hedges(), 0);
            case HS -> new Estimate(hunterSchmidt(), 0);
            case SJ -> new Estimate(sidikJonkman(), 0);
            case ML -> fisherScoring(false);
            case REML -> fisherScoring(true);
            // The empirical Bayes iteration τ² ← τ² + (Q(τ²)·k/(k−p) − k)/Σw* has its fixed point where
            // Q(τ²) = k − p, which is the Paule–Mandel equation; Q(τ²) is decreasing, so the root is unique.
            case PM, EB -> pauleMandel();
        };
    }

    /** Weights 1/(vᵢ + τ²). */
    double[] weights(double tau2) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = 1 / (v[i] + tau2);
        }
        return w;
    }

    private double dersimonianLaird() {
        WeightedFit fe = new WeightedFit(design, y, weights(0));
        double tau2 = (fe.rss - (k - p)) / fe.traceP();
        return Math.max(0, tau2);
    }

    private double hunterSchmidt() {
        WeightedFit fe = new WeightedFit(design, y, weights(0));
        double sumW = Arrays.stream(fe.w).sum();
        return Math.max(0, (fe.rss - k) / sumW);
    }

    private double hedges() {
        double[] ones = new double[k];
        Arrays.fill(ones, 1.0);
        WeightedFit ols = new WeightedFit(design, y, ones);
        double[] h = ols.quadraticForms();
        // tr(P V) with P = I − X(XᵀX)⁻¹Xᵀ
        double trPV = 0;
        for (int i = 0; i < k; i++) {
            trPV += v[i] * (1 - h[i]);
        }
        return Math.max(0, (ols.rss - trPV) / (k - p));
    }

    private double sidikJonkman() {
        double mean = Arrays.stream(y).average().orElse(0);
        double ss = 0;
        for (double yi : y) {
            ss += (yi - mean) * (yi - mean);
        }
        double tau0 = ss / k;
        WeightedFit fit = new WeightedFit(design, y, weights(tau0));
        return tau0 * fit.rss / (k - p);
    }

    /**
     * Fisher scoring with step halving, started at the (truncated) Hedges estimate. Where the likelihood is very
     * flat, scoring converges only linearly and slowly; after {@link #SCORING_ITERATIONS} steps the root of the
     * score is then located by a bracketing search from the current iterate, which yields the same converged value.
     */
    private Estimate fisherScoring(boolean restricted) {
        double tau2 = hedges();
        for (int iter = 1; iter <= SCORING_ITERATIONS; iter++) {
            double step = scoringStep(tau2, restricted);
            double next = tau2 + step;
            if (next < 0) {
                // The maximum may sit on the boundary: accept τ² = 0 when the score there points outwards,
                // otherwise halve the step until it stays inside the parameter space.
                if (scoringStep(0, restricted) <= 0) {
                    next = 0;
                } else {
                    int halvings = 0;
                    while (next < 0 && halvings++ < MAX_HALVINGS) {
                        step /= 2;
                        next = tau2 + step;
                    }
                    next = Math.max(0, next);
                }
            }
            boolean converged = Math.abs(next - tau2) < threshold;
            tau2 = next;
            if (converged) {
                return safeguard(tau2, iter, restricted);
            }
        }
        return safeguard(scoreRoot(tau2, restricted), SCORING_ITERATIONS, restricted);
    }

    /**
     * The global maximum of the (restricted) likelihood, as for the intercept-only model (see
     * {@link Tau2Profile}): the scoring result is kept when it lies on the global maximum,
     * replaced by it otherwise, and a likelihood with several maxima is reported.
     */
    private Estimate safeguard(double scored, int iterations, boolean restricted) {
        double minV = Double.POSITIVE_INFINITY;
        double maxV = 0;
        double mean = Arrays.stream(y).average().orElse(0);
        double ss = 0;
        for (int i = 0; i < k; i++) {
            minV = Math.min(minV, v[i]);
            maxV = Math.max(maxV, v[i]);
            ss += (y[i] - mean) * (y[i] - mean);
        }
        if (!(minV > 0)) {
            return new Estimate(scored, iterations); // unbounded at τ² = 0: no global maximum to look for
        }
        // Past 10·max v the weights are nearly equal and every weighted residual is below the total sum of squares.
        double upper = 10 * maxV + 4 * ss;
        Tau2Profile.Maxima maxima = Tau2Profile.search(new Likelihood(restricted), minV, upper, true, scored);
        double tau2 = maxima.global().tau2();
        String likelihood = (restricted ? "REML" : "ML") + " likelihood of the residual tau^2";
        List<String> warnings = maxima.warning(likelihood, scored).stream().toList();
        return new Estimate(tau2, iterations, warnings);
    }

    /** The (restricted) log-likelihood of the residual τ², up to a constant, in O(k·p²) per evaluation. */
    private final class Likelihood implements Tau2Profile.Likelihood {

        private final boolean restricted;

        Likelihood(boolean restricted) {
            this.restricted = restricted;
        }

        @Override
        public double score(double tau2) {
            return scoringStep(tau2, restricted);
        }

        @Override
        public double logLik(double tau2) {
            WeightedFit fit = new WeightedFit(design, y, weights(tau2));
            double logV = 0;
            for (int i = 0; i < k; i++) {
                logV += Math.log(v[i] + tau2);
            }
            double ll = -0.5 * logV - 0.5 * fit.rss;
            return restricted ? ll - 0.5 * fit.logDetA : ll;
        }
    }

    /** Root of the (restricted) likelihood score near {@code start}, or 0 when the score is negative down to 0. */
    private double scoreRoot(double start, boolean restricted) {
        String name = restricted ? "REML" : "ML";
        UnivariateFunction score = t -> scoringStep(t, restricted);
        double lo;
        double hi;
        if (score.value(start) > 0) {
            lo = start;
            hi = Math.max(2 * start, 1e-4);
            int n = 0;
            while (score.value(hi) > 0) {
                lo = hi;
                hi *= 2;
                if (++n > 200 || !Double.isFinite(hi)) {
                    throw new StatsException(name + " estimation of tau^2 did not converge: the likelihood keeps "
                            + "increasing with tau^2");
                }
            }
        } else {
            hi = start;
            lo = start / 2;
            while (lo > 1e-14 && score.value(lo) < 0) {
                hi = lo;
                lo /= 2;
            }
            if (lo <= 1e-14) {
                if (score.value(0) <= 0) {
                    return 0;
                }
                lo = 0;
            }
        }
        try {
            return new BrentSolver(1e-15, 1e-16).solve(MAX_ITERATIONS, score, lo, hi);
        } catch (RuntimeException e) {
            throw new StatsException(name + " estimation of tau^2 did not converge within " + MAX_ITERATIONS
                    + " iterations", e);
        }
    }

    private double scoringStep(double tau2, boolean restricted) {
        WeightedFit fit = new WeightedFit(design, y, weights(tau2));
        WeightedFit.ScoringTerms t = fit.scoringTerms();
        if (restricted) {
            return (t.yPPy() - t.trP()) / t.trPP();
        }
        return (t.yPPy() - t.sumW()) / t.sumW2();
    }

    /** Generalised residual Q(τ²) = Σ w*ᵢ eᵢ², a decreasing function of τ². */
    private double generalisedQ(double tau2) {
        return new WeightedFit(design, y, weights(tau2)).rss;
    }

    /**
     * Root of Q(τ²) = k − p by Newton steps (dQ/dτ² = −yᵀP²y) safeguarded by bisection within a bracket.
     */
    private Estimate pauleMandel() {
        double target = k - p;
        double q0 = generalisedQ(0);
        if (q0 <= target) {
            return new Estimate(0, 0);
        }
        double lo = 0;
        double hi = Math.max(1e-4, q0 / Arrays.stream(weights(0)).sum());
        int iter = 0;
        while (generalisedQ(hi) > target) {
            lo = hi;
            hi *= 4;
            if (++iter > 200 || !Double.isFinite(hi)) {
                throw new StatsException("Paule-Mandel estimation of tau^2 failed: no upper bound for the root");
            }
        }
        double tau2 = lo;
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            WeightedFit fit = new WeightedFit(design, y, weights(tau2));
            double f = fit.rss - target;
            if (f > 0) {
                lo = tau2;
            } else {
                hi = tau2;
            }
            double slope = 0;
            for (int i = 0; i < k; i++) {
                double we = fit.w[i] * fit.residuals[i];
                slope += we * we;
            }
            double next = slope > 0 ? tau2 + f / slope : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            boolean converged = Math.abs(next - tau2) < 1e-14 * Math.max(1, tau2) || hi - lo < 1e-15 * Math.max(1, hi);
            tau2 = next;
            if (converged) {
                return new Estimate(tau2, it);
            }
        }
        throw new StatsException("Paule-Mandel estimation of tau^2 did not converge within " + MAX_ITERATIONS
                + " iterations");
    }
}
