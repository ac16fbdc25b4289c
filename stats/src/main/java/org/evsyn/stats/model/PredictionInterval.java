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
 * @param form  the formula followed
 */
public record PredictionInterval(double lower, double upper, int df, PredictionForm form) {

    /** Fewest studies for which the Cochrane Handbook defines a prediction interval (and reviews report one). */
    public static final int MIN_STUDIES = 3;

    /** An interval of metafor's form. */
    public PredictionInterval(double lower, double upper, int df) {
        this(lower, upper, df, PredictionForm.METAFOR);
    }

    /**
     * Validates the components.
     */
    public PredictionInterval {
        if (df < 0) {
            throw new IllegalArgumentException("df must be >= 0");
        }
        java.util.Objects.requireNonNull(form, "form");
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

    /**
     * The Cochrane Handbook's interval (Higgins, Thompson and Spiegelhalter 2009, J R Stat Soc A 172:137):
     * θ ± t(k − 2)·√(se² + τ²), at the model's level.
     *
     * @param fit the fitted model, with at least three studies
     * @return the interval
     */
    public static PredictionInterval handbook(ModelFit fit) {
        if (fit.k() < MIN_STUDIES) {
            throw new IllegalArgumentException("the Handbook's prediction interval needs at least "
                    + MIN_STUDIES + " studies, got " + fit.k());
        }
        int df = fit.k() - 2;
        double crit = Distributions.tQuantile(1 - fit.options().alpha() / 2, df);
        double half = crit * Math.sqrt(fit.se() * fit.se() + fit.tau2());
        return new PredictionInterval(fit.estimate() - half, fit.estimate() + half, df, PredictionForm.HANDBOOK);
    }

    /**
     * The interval of a random-effects fit in the asked-for form: none below {@code minStudies} studies, nor below
     * {@link #MIN_STUDIES} in the Handbook's form, which is not defined there.
     *
     * @param fit        the fitted model
     * @param form       the formula
     * @param minStudies fewest studies for an interval
     * @return the interval, or empty
     */
    public static java.util.Optional<PredictionInterval> reported(ModelFit fit, PredictionForm form, int minStudies) {
        int min = form == PredictionForm.HANDBOOK ? Math.max(minStudies, MIN_STUDIES) : minStudies;
        if (fit.k() < min) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(form == PredictionForm.HANDBOOK ? handbook(fit) : of(fit));
    }
}
