package org.evsyn.stats;

import java.util.List;

/**
 * The pooled result of an intercept-only inverse-variance model (metafor's {@code rma(yi, vi)}).
 * All values on the analysis scale (log scale for ratio measures).
 *
 * @param k          studies in the fit
 * @param estimate   pooled effect θ
 * @param se         its standard error (Knapp–Hartung se under {@link TestMethod#KNHA})
 * @param ciLower    lower confidence bound at the fit's level
 * @param ciUpper    upper confidence bound
 * @param stat       z or t statistic for θ = 0
 * @param pval       two-sided p-value of {@code stat}
 * @param statDf     degrees of freedom of a t statistic, or 0 for z
 * @param tau2       between-study variance (0 for FE)
 * @param tau2Se     standard error of τ² where the estimator gives one, else NaN
 * @param q          Cochran's Q (fixed-effect weights)
 * @param qDf        k − 1
 * @param qPval      upper-tail χ² p-value of Q (1 for k = 1)
 * @param i2         I² in percent
 * @param h2         H²
 * @param vt         typical within-study variance ṽ (NaN where not defined)
 * @param knhaFactor s² of the Knapp–Hartung adjustment (1 under z)
 * @param iterations iterations the τ² solver used (0 for closed-form estimators)
 * @param options    the options the model was fitted with
 * @param warnings   what a metafor user would be warned of (a likelihood with several maxima, Knapp–Hartung under
 *                   a fixed-effect model, a z test for one study, extreme variance ratios), empty when nothing
 */
public record ModelFit(
        int k,
        double estimate,
        double se,
        double ciLower,
        double ciUpper,
        double stat,
        double pval,
        int statDf,
        double tau2,
        double tau2Se,
        double q,
        int qDf,
        double qPval,
        double i2,
        double h2,
        double vt,
        double knhaFactor,
        int iterations,
        ModelOptions options,
        List<String> warnings) {

    /** Copies the warnings. */
    public ModelFit {
        warnings = List.copyOf(warnings);
    }

    /** A fit with nothing to warn about. */
    public ModelFit(int k, double estimate, double se, double ciLower, double ciUpper, double stat, double pval,
                    int statDf, double tau2, double tau2Se, double q, int qDf, double qPval, double i2, double h2,
                    double vt, double knhaFactor, int iterations, ModelOptions options) {
        this(k, estimate, se, ciLower, ciUpper, stat, pval, statDf, tau2, tau2Se, q, qDf, qPval, i2, h2, vt,
                knhaFactor, iterations, options, List.of());
    }
}
