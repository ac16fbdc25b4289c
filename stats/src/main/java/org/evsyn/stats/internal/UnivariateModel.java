package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;


import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fits the intercept-only inverse-variance model (fixed or random effects), as metafor's
 * {@code rma(yi, vi, method, test, level)}. Runs in O(k) time and memory; no k×k matrix is formed.
 */
public final class UnivariateModel {

    /** Knapp–Hartung was asked for with a fixed-effect model (metafor warns the same). */
    public static final String FE_KNHA_WARNING =
            "Knapp & Hartung method is not meant to be used in the context of FE models";
    /** Knapp–Hartung was asked for with one study (metafor warns the same). */
    public static final String SINGLE_STUDY_Z_WARNING =
            "a z test is used since k = 1 (Knapp & Hartung needs at least two studies)";

    private UnivariateModel() {
    }

    /**
     * Fits the model. Under Knapp–Hartung with k ≥ 2 effects that agree exactly, the adjusted standard error is 0
     * and the statistic infinite, as in metafor.
     *
     * @param yi      effect sizes (finite)
     * @param vi      sampling variances (finite, ≥ 0), same length as {@code yi}
     * @param options estimator, test and level
     * @return the pooled result
     * @throws StatsException when no valid answer exists (no studies, non-convergence, zero variance where the
     *                        estimator needs it positive, ...)
     */
    public static ModelFit fit(double[] yi, double[] vi, ModelOptions options) {
        return fit(yi, vi, options, Double.NaN);
    }

    /**
     * Fits the model, starting an iterative τ² estimator (REML, ML, PM, EB) at {@code tau2Start}. Meant for refits
     * of nearly the same data, where a previous τ² is an excellent start. The PM and EB root does not depend on the
     * start; REML and ML (Fisher scoring, stopped when |Δτ²| &lt; 1e-10) agree with the default start to within
     * that criterion, which is why the sensitivity analyses keep metafor's HE start for them.
     *
     * @param yi        effect sizes (finite)
     * @param vi        sampling variances (finite, ≥ 0), same length as {@code yi}
     * @param options   estimator, test and level
     * @param tau2Start starting value, or NaN for the estimator's default start (HE for ML/REML)
     * @return the pooled result
     * @throws StatsException as {@link #fit(double[], double[], ModelOptions)}
     */
    public static ModelFit fit(double[] yi, double[] vi, ModelOptions options, double tau2Start) {
        Objects.requireNonNull(yi, "yi");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(options, "options");
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length: " + yi.length + " vs " + vi.length);
        }
        int k = yi.length;
        if (k == 0) {
            throw new StatsException("no studies to pool");
        }
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(yi[i])) {
                throw new StatsException("study " + (i + 1) + ": effect size is not a finite number (" + yi[i] + ")");
            }
            if (!Double.isFinite(vi[i]) || vi[i] < 0) {
                throw new StatsException("study " + (i + 1) + ": sampling variance must be finite and >= 0, got "
                        + vi[i]);
            }
        }
        if (k == 1) {
            return singleStudy(yi[0], vi[0], options);
        }
        Tau2Method method = options.method();
        if (method == Tau2Method.FE) {
            requirePositiveVariances(vi, "a fixed-effect model");
        }
        Tau2Estimators.Tau2Estimate est = Tau2Estimators.estimate(yi, vi, method, tau2Start);
        double tau2 = est.tau2();

        // Pooling with w* = 1/(v + τ²).
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1.0 / (vi[i] + tau2);
            sw += w;
            swy += w * yi[i];
        }
        if (!Double.isFinite(sw)) {
            throw new StatsException("a study has zero sampling variance and tau^2 = 0: the pooled estimate is not "
                    + "defined");
        }
        double theta = swy / sw;
        double alpha = options.alpha();
        double se;
        double crit;
        double stat;
        double pval;
        int statDf = 0;
        double knha = 1;
        if (options.test() == TestMethod.KNHA) {
            double ss = 0;
            for (int i = 0; i < k; i++) {
                double r = yi[i] - theta;
                ss += r * r / (vi[i] + tau2);
            }
            knha = ss / (k - 1);
            se = Math.sqrt(knha / sw);
            statDf = k - 1;
            stat = theta / se;
            pval = Distributions.tTwoSidedP(stat, statDf);
            crit = Distributions.tQuantile(1 - alpha / 2, statDf);
        } else {
            se = Math.sqrt(1 / sw);
            stat = theta / se;
            pval = Distributions.normalTwoSidedP(stat);
            crit = Distributions.normalQuantile(1 - alpha / 2);
        }

        // Fixed-effect heterogeneity (the same for every τ² method) and the typical variance ṽ.
        double q = Double.NaN;
        double qPval = Double.NaN;
        double vt = Double.NaN;
        if (allPositive(vi)) {
            double fw = 0;
            double fw2 = 0;
            double fwy = 0;
            for (int i = 0; i < k; i++) {
                double w = 1.0 / vi[i];
                fw += w;
                fw2 += w * w;
                fwy += w * yi[i];
            }
            double thetaFe = fwy / fw;
            q = 0;
            for (int i = 0; i < k; i++) {
                double r = yi[i] - thetaFe;
                q += r * r / vi[i];
            }
            qPval = Distributions.chiSquareUpperP(q, k - 1);
            vt = (k - 1) * fw / (fw * fw - fw2);
        }
        double i2;
        double h2;
        if (method == Tau2Method.FE) {
            i2 = Math.max(0, 100 * (q - (k - 1)) / q);
            h2 = q / (k - 1);
        } else {
            i2 = 100 * tau2 / (tau2 + vt);
            h2 = (tau2 + vt) / vt;
        }
        List<String> warnings = new ArrayList<>(est.warnings());
        if (method == Tau2Method.FE && options.test() == TestMethod.KNHA) {
            warnings.add(FE_KNHA_WARNING);
        }
        varianceRatioWarning(vi).ifPresent(warnings::add);
        return new ModelFit(k, theta, se, theta - crit * se, theta + crit * se, stat, pval, statDf, tau2, est.se(),
                q, k - 1, qPval, i2, h2, vt, knha, est.iterations(), options, warnings);
    }

    /** metafor's warning when max(v)/min(v) reaches 1e7: weights then span more than double precision resolves. */
    private static Optional<String> varianceRatioWarning(double[] vi) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : vi) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        double ratio = max / min;
        return Double.isFinite(ratio) && ratio >= 1e7
                ? Optional.of("ratio of largest to smallest sampling variance extremely large; results may not be "
                        + "stable")
                : Optional.empty();
    }

    /** metafor's single-study convention: τ² = 0, Q = 0, and a z test even when Knapp–Hartung was requested. */
    private static ModelFit singleStudy(double y, double v, ModelOptions options) {
        if (!(v > 0)) {
            throw new StatsException("the only study has zero sampling variance: no standard error can be given");
        }
        double se = Math.sqrt(v);
        double crit = Distributions.normalQuantile(1 - options.alpha() / 2);
        double stat = y / se;
        List<String> warnings = options.test() == TestMethod.Z ? List.of()
                : List.of(SINGLE_STUDY_Z_WARNING);
        return new ModelFit(1, y, se, y - crit * se, y + crit * se, stat, Distributions.normalTwoSidedP(stat), 0,
                0, Double.NaN, 0, 0, 1, 0, 1, Double.NaN, 1, 0, options, warnings);
    }

    private static boolean allPositive(double[] vi) {
        for (double v : vi) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    private static void requirePositiveVariances(double[] vi, String what) {
        for (int i = 0; i < vi.length; i++) {
            if (!(vi[i] > 0)) {
                throw new StatsException("study " + (i + 1) + " has sampling variance " + vi[i] + "; " + what
                        + " needs every sampling variance to be positive");
            }
        }
    }
}
