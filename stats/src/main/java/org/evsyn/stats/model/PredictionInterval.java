package org.evsyn.stats.model;

import org.evsyn.stats.internal.Distributions;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.TestMethod;

/**
 * Prediction interval for the effect in a new study, as metafor's {@code predict}: θ ± c·√(se² + τ²), with c the
 * normal quantile under z and the t(k − 1) quantile under Knapp–Hartung (se then being the Knapp–Hartung se).
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param df    degrees of freedom of the t quantile, 0 when the normal quantile was used
 */
public record PredictionInterval(double lower, double upper, int df) {

    /**
     * Validates the components.
     */
    public PredictionInterval {
        if (df < 0) {
            throw new IllegalArgumentException("df must be >= 0");
        }
    }

    /**
     * The interval of a fitted model, at the model's level.
     *
     * @param fit the fitted model
     * @return the prediction interval (equal to the confidence interval when τ² = 0 under z)
     */
    public static PredictionInterval of(ModelFit fit) {
        double alpha = fit.options().alpha();
        boolean t = fit.options().test() == TestMethod.KNHA && fit.k() > 1;
        int df = t ? fit.k() - 1 : 0;
        double crit = t ? Distributions.tQuantile(1 - alpha / 2, df) : Distributions.normalQuantile(1 - alpha / 2);
        double half = crit * Math.sqrt(fit.se() * fit.se() + fit.tau2());
        return new PredictionInterval(fit.estimate() - half, fit.estimate() + half, df);
    }
}
