package org.evsyn.stats.analysis;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.model.BinaryPooledFit;

import java.util.OptionalInt;

/**
 * The main pooled result, whatever the pooling method, on the analysis scale (log scale for ratio measures).
 *
 * @param k              studies in the pooled estimate (for MH and Peto: every table, double-zero tables included)
 * @param estimate       pooled effect
 * @param se             its standard error (Knapp–Hartung se under KNHA)
 * @param ciLower        lower confidence bound
 * @param ciUpper        upper confidence bound
 * @param stat           z or t statistic for effect = 0
 * @param statDf         degrees of freedom of a t statistic; 0 for z
 * @param pval           two-sided p-value
 * @param tau2           between-study variance (0 for FE, MH, Peto)
 * @param i2             I² in percent
 * @param h2             H²
 * @param q              Cochran's Q
 * @param qDf            its degrees of freedom
 * @param qPval          upper-tail χ² p-value of Q
 * @param vt             typical within-study variance ṽ of a random-effects model; NaN when not reported
 * @param kHeterogeneity for MH and Peto, the studies entering Q; empty for inverse-variance models
 */
public record PooledSummary(int k, double estimate, double se, double ciLower, double ciUpper, double stat,
                            int statDf, double pval, double tau2, double i2, double h2, double q, int qDf,
                            double qPval, double vt, OptionalInt kHeterogeneity) {

    /** "t" for a Knapp–Hartung t statistic, "z" otherwise. */
    public String statDistribution() {
        return statDf > 0 ? "t" : "z";
    }

    static PooledSummary of(ModelFit f) {
        double vt = f.options().method().isRandomEffects() ? f.vt() : Double.NaN;
        return new PooledSummary(f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.stat(), f.statDf(),
                f.pval(), f.tau2(), f.i2(), f.h2(), f.q(), f.qDf(), f.qPval(), vt, OptionalInt.empty());
    }

    static PooledSummary of(BinaryPooledFit f) {
        return new PooledSummary(f.k(), f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.stat(), 0, f.pval(), 0,
                f.i2(), f.h2(), f.q(), f.qDf(), f.qPval(), Double.NaN, OptionalInt.of(f.kHeterogeneity()));
    }
}
