package org.evsyn.reporting.model;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.model.PredictionInterval;

import java.util.Objects;
import java.util.Optional;

/**
 * A pooled result as the stats module returned it, wrapped so figures and tables read one shape whatever the
 * pooling method. Values are on the analysis scale.
 */
public sealed interface PooledResult permits PooledResult.InverseVariance, PooledResult.FixedEffectBinary {

    /** Studies pooled. */
    int k();

    /** Pooled effect. */
    double estimate();

    /** Its standard error. */
    double se();

    /** Lower confidence bound. */
    double ciLower();

    /** Upper confidence bound. */
    double ciUpper();

    /** z or t statistic of the test for the overall effect. */
    double stat();

    /** Degrees of freedom of a t statistic, 0 for z. */
    int statDf();

    /** Two-sided p-value of the overall effect. */
    double pval();

    /** τ² (0 for fixed-effect methods). */
    double tau2();

    /** Cochran's Q. */
    double q();

    /** Degrees of freedom of Q. */
    int qDf();

    /** p-value of Q. */
    double qPval();

    /** I² in percent. */
    double i2();

    /** Confidence level in percent. */
    double level();

    /** The prediction interval, for random-effects models. */
    Optional<PredictionInterval> prediction();

    /** True for a random-effects model. */
    boolean randomEffects();

    /**
     * An inverse-variance model ({@code rma}).
     *
     * @param fit        the model fit
     * @param prediction its prediction interval; empty for a fixed-effect model
     */
    record InverseVariance(ModelFit fit, Optional<PredictionInterval> prediction) implements PooledResult {
        /** Requires a fit. */
        public InverseVariance {
            Objects.requireNonNull(fit, "fit");
            Objects.requireNonNull(prediction, "prediction");
        }

        @Override public int k() { return fit.k(); }
        @Override public double estimate() { return fit.estimate(); }
        @Override public double se() { return fit.se(); }
        @Override public double ciLower() { return fit.ciLower(); }
        @Override public double ciUpper() { return fit.ciUpper(); }
        @Override public double stat() { return fit.stat(); }
        @Override public int statDf() { return fit.options().test() == TestMethod.KNHA ? fit.statDf() : 0; }
        @Override public double pval() { return fit.pval(); }
        @Override public double tau2() { return fit.tau2(); }
        @Override public double q() { return fit.q(); }
        @Override public int qDf() { return fit.qDf(); }
        @Override public double qPval() { return fit.qPval(); }
        @Override public double i2() { return fit.i2(); }
        @Override public double level() { return fit.options().level(); }
        @Override public boolean randomEffects() { return fit.options().method().isRandomEffects(); }
    }

    /**
     * A Mantel–Haenszel or Peto pooled result ({@code rma.mh}, {@code rma.peto}).
     *
     * @param fit the pooled fit; its measure PETO marks Peto's method, any other Mantel–Haenszel
     */
    record FixedEffectBinary(BinaryPooledFit fit) implements PooledResult {
        /** Requires a fit. */
        public FixedEffectBinary {
            Objects.requireNonNull(fit, "fit");
        }

        /** True for Peto's method, false for Mantel–Haenszel. */
        public boolean peto() {
            return fit.measure() == EffectMeasure.PETO;
        }

        @Override public int k() { return fit.k(); }
        @Override public double estimate() { return fit.estimate(); }
        @Override public double se() { return fit.se(); }
        @Override public double ciLower() { return fit.ciLower(); }
        @Override public double ciUpper() { return fit.ciUpper(); }
        @Override public double stat() { return fit.stat(); }
        @Override public int statDf() { return 0; }
        @Override public double pval() { return fit.pval(); }
        @Override public double tau2() { return 0; }
        @Override public double q() { return fit.q(); }
        @Override public int qDf() { return fit.qDf(); }
        @Override public double qPval() { return fit.qPval(); }
        @Override public double i2() { return fit.i2(); }
        @Override public double level() { return fit.level(); }
        @Override public Optional<PredictionInterval> prediction() { return Optional.empty(); }
        @Override public boolean randomEffects() { return false; }
    }
}
